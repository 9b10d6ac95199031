import type { CliContext } from '../context.js';
import type { ProbeResult } from '../../services/ports.js';

/** `llmprep doctor [--json]`: what was found, what is missing and how to fix it. Exit 1 if node or python is missing. */
export function runDoctorCommand(ctx: CliContext, args: readonly string[], probe: () => ProbeResult[]): number {
  const results = probe();
  if (args.includes('--json')) {
    ctx.out(JSON.stringify(results));
  } else {
    for (const r of results) ctx.out(`${r.name === 'note' ? 'note   ' : r.found ? 'ok     ' : r.optional ? 'degraded' : 'MISSING'} ${(r.name === 'note' ? '' : r.name).padEnd(9)} ${r.detail}${r.found ? '' : `  → ${r.fix}`}`);
  }
  const essential = results.filter((r) => r.name !== 'chromium' && !r.optional);
  return essential.every((r) => r.found) ? 0 : 1;
}
