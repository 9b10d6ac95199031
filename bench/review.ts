// npm run bench:review — time from a rating to the next card through the HTTP API, at 10,000 cards and
// 100,000 review-log rows, against the bare HTTP round trip (GET /api/health) measured in the same run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeServices } from '../src/compose.js';
import { topicMarkdown } from '../src/core/content/test-builders.js';
import { tierOf, topics } from '../src/core/syllabus/index.js';
import type { ReviewNextResponse } from '../src/contract/study.js';
import { createServer } from '../src/server/create-server.js';
import { listen } from '../src/server/listen.js';
import { openDatabase } from '../src/storage/database.js';

const cardsTarget = 10_000;
const logTarget = 100_000;
const samples = 400;
const root = mkdtempSync(join(tmpdir(), 'llmprep-bench-'));

// A library of 100 topics × 100 questions = 10,000 cards, parsed and checked like the real one.
const topicsDir = join(root, 'topics');
for (const t of topics) {
  const folder = join(topicsDir, `${t.id}-${t.slug}`);
  mkdirSync(folder, { recursive: true });
  const questions = Array.from({ length: cardsTarget / topics.length }, (_, i) => ({ id: `b${t.id.replace('.', '-')}-q${i}` }));
  for (const lang of ['zh', 'en'] as const) {
    writeFileSync(join(folder, `${lang}.md`), topicMarkdown({ lang, id: t.id, slug: t.slug, category: t.category, tier: tierOf(t.id), questions }));
  }
}

const databasePath = join(root, 'llmprep.db');
const start = Date.now();
let services = composeServices({ databasePath, topicsDir, env: {} });
services.study.next('en'); // creates the 10,000 cards
services.close();

// 100,000 review-log rows and a realistic spread of card states: half learned, a tenth of those due now.
const db = openDatabase(databasePath);
db.transaction(() => {
  const ids = db.prepare<[], { id: string }>('SELECT id FROM cards').all().map((r) => r.id);
  const day = 86_400_000;
  const learn = db.prepare('UPDATE cards SET phase = 2, stability = ?, difficulty = 5, reps = 5, due_ms = ?, last_review_ms = ?, introduced_ms = ? WHERE id = ?');
  ids.forEach((id, i) => {
    if (i % 2 === 0) learn.run(10 + (i % 30), start + ((i % 20) - 2) * day, start - 5 * day, start - 30 * day, id);
  });
  const log = db.prepare("INSERT INTO review_log (kind, card_id, rating, at_ms, duration_ms, state_before, state_after) VALUES ('rate', ?, ?, ?, 8000, '{}', '{}')");
  for (let i = 0; i < logTarget; i += 1) log.run(ids[i % ids.length], 1 + (i % 4), start - (i % 365) * day - i);
})();
db.close();

services = composeServices({ databasePath, topicsDir, env: {} });
const server = await listen(createServer(services), '127.0.0.1', 0);
const headers = { 'content-type': 'application/json' };

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

let current = (await (await fetch(`${server.url}/api/review/next?lang=en`)).json()) as ReviewNextResponse;
// Warm-up: JIT, statement caches, the rendered-topic cache for the first cards.
for (let i = 0; i < 50 && current.card; i += 1) {
  current = (await (await fetch(`${server.url}/api/review/rate?lang=en`, { method: 'POST', headers, body: JSON.stringify({ cardId: current.card.id, rating: 3 }) })).json()) as ReviewNextResponse;
}
const health: number[] = [];
const rating: number[] = [];
for (let i = 0; i < samples && current.card; i += 1) {
  health.push(await timed(() => fetch(`${server.url}/api/health`).then((r) => r.json())));
  const cardId = current.card.id;
  rating.push(
    await timed(async () => {
      const res = await fetch(`${server.url}/api/review/rate?lang=en`, { method: 'POST', headers, body: JSON.stringify({ cardId, rating: 1 + (i % 4) }) });
      current = (await res.json()) as ReviewNextResponse;
    }),
  );
}
const stats = services.study.stats();
await server.close();
services.close();
rmSync(root, { recursive: true, force: true });

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;
console.log(`cards ${stats.cards_total}, review-log rows ${stats.reviews_total}, samples ${rating.length}`);
console.log(`baseline GET /api/health     p50 ${fmt(percentile(health, 50))}  p95 ${fmt(percentile(health, 95))}`);
console.log(`rating → next card (POST)    p50 ${fmt(percentile(rating, 50))}  p95 ${fmt(percentile(rating, 95))}`);
console.log(`ratio to baseline            p50 ${(percentile(rating, 50) / percentile(health, 50)).toFixed(2)}×  p95 ${(percentile(rating, 95) / percentile(health, 95)).toFixed(2)}×`);
const p95 = percentile(rating, 95);
console.log(p95 <= 10 ? `target p95 ≤ 10 ms: met (${fmt(p95)})` : `target p95 ≤ 10 ms: MISSED (${fmt(p95)})`);
if (p95 > 10) process.exitCode = 1;
