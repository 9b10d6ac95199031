import { parseArgs } from 'node:util';
import type { ReviewNextResponse } from '../../contract/study.js';
import type { Lang } from '../../core/syllabus/types.js';
import type { CliContext } from '../context.js';

const names = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;

function printFront(ctx: CliContext, r: ReviewNextResponse): void {
  const card = r.card;
  if (!card) return;
  ctx.out('');
  ctx.out(`── ${card.topicId} ${card.topicTitle}${card.isNew ? '  [new]' : ''}   (new ${r.counts.newLeft} · due ${r.counts.dueLeft})`);
  ctx.out(card.text.prompt);
  ctx.out('   [space] show answer   [u] undo   [q] quit');
}

function printBack(ctx: CliContext, r: ReviewNextResponse): void {
  const card = r.card;
  if (!card) return;
  ctx.out('');
  ctx.out(card.text.shortAnswer);
  for (const kp of card.text.keyPoints) ctx.out(`  ✓ ${kp}`);
  ctx.out(`   ${card.options.map((o) => `[${o.rating}] ${names[o.rating]} ${o.label}`).join('   ')}   [u] undo   [q] quit`);
}

function printSummary(ctx: CliContext, r: ReviewNextResponse): void {
  const s = r.summary;
  if (!s) return;
  ctx.out('');
  ctx.out(`Done for now. Today: ${s.reviewedToday} reviews (again ${s.byRating.again}, hard ${s.byRating.hard}, good ${s.byRating.good}, easy ${s.byRating.easy}), streak ${s.streakDays} day(s).`);
  if (s.nextDueMs !== null) ctx.out(`Next card due ${new Date(s.nextDueMs).toLocaleString()}.`);
}

/** `llmprep review [--lang zh|en]`: the review session in the terminal, over the same services as the web app. */
export async function runReviewCommand(ctx: CliContext, args: readonly string[], keys: AsyncIterator<string>): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { lang: { type: 'string', default: 'zh' } } });
  const lang: Lang = values.lang === 'en' ? 'en' : 'zh';
  const study = ctx.services().study;
  let current = study.next(lang);
  let revealed = false;
  let shownAt = Date.now();
  if (!current.card) {
    printSummary(ctx, current);
    return 0;
  }
  printFront(ctx, current);
  while (true) {
    const next = await keys.next();
    const key = next.done ? 'q' : next.value;
    if (key === 'q' || key === 'escape') break;
    if (key === 'u') {
      if (!current.canUndo) {
        ctx.out('   nothing to undo');
        continue;
      }
      current = study.undo(lang);
      ctx.out('   undone');
    } else if (!revealed && key === 'space') {
      revealed = true;
      printBack(ctx, current);
      continue;
    } else if (revealed && current.card && ['1', '2', '3', '4'].includes(key)) {
      const rating = Number(key) as 1 | 2 | 3 | 4;
      current = study.rate({ cardId: current.card.id, rating, durationMs: Date.now() - shownAt }, lang);
    } else {
      continue;
    }
    revealed = false;
    shownAt = Date.now();
    if (!current.card) break;
    printFront(ctx, current);
  }
  if (current.summary) printSummary(ctx, current);
  else ctx.out(`\nStopped. Left for today: ${current.counts.dueLeft} due, ${current.counts.newLeft} new.`);
  return 0;
}
