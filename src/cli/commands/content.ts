import type { CliContext } from '../context.js';
import { checkContent, toCheckReport } from '../../services/content-check.js';

/** `llmprep content check [--json]`: exit 1 when any error is found. */
export function runContentCommand(ctx: CliContext, args: readonly string[]): number {
  const [sub, ...rest] = args;
  if (sub !== 'check') {
    ctx.err('usage: llmprep content check [--json]');
    return 2;
  }
  const report = toCheckReport(checkContent(ctx.content()));
  if (rest.includes('--json')) {
    ctx.out(JSON.stringify(report));
  } else {
    for (const error of report.errors) ctx.out(error);
    ctx.out(`${report.topics_written}/${report.topics_total} topics written, ${report.questions} questions, ${report.errors.length} errors`);
  }
  return report.errors.length > 0 ? 1 : 0;
}
