import type { CliContext } from '../context.js';

/** `llmprep stats [--json]`: cards, due today, reviews, streak. */
export function runStatsCommand(ctx: CliContext, args: readonly string[]): number {
  const stats = ctx.services().study.stats();
  if (args.includes('--json')) ctx.out(JSON.stringify(stats));
  else ctx.out(`cards ${stats.cards_total} · due today ${stats.due_today} · reviews ${stats.reviews_total} · streak ${stats.streak_days} day(s)`);
  return 0;
}
