import { main } from './main.js';

// Entry point for `tsx src/cli/run.ts …` and bin/llmprep.js.
const status = await main(process.argv.slice(2));
process.exitCode = status;
