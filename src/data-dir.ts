import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user's data folder: LLMPREP_HOME, else $XDG_DATA_HOME/llmprep, else ~/.local/share/llmprep. */
export function resolveDataDir(env: NodeJS.ProcessEnv): string {
  if (env['LLMPREP_HOME']) return env['LLMPREP_HOME'];
  if (env['XDG_DATA_HOME']) return join(env['XDG_DATA_HOME'], 'llmprep');
  return join(homedir(), '.local', 'share', 'llmprep');
}
