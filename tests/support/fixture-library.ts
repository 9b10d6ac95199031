import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicMarkdown } from '../../src/core/content/test-builders.js';

/**
 * A small library on disk with a fixed shape, for tests that count cards: 1.2 and 1.10 (core) and 10.3
 * (advanced), four questions each, written in deliberately unsorted order.
 */
export function createFixtureLibrary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmprep-topics-'));
  const topics = [
    { id: '10.3', slug: 'rope-derivation', category: 'advanced', tier: 'advanced', prefix: 'rope' },
    { id: '1.10', slug: 'information-theory', category: 'fundamentals', tier: 'core', prefix: 'info' },
    { id: '1.2', slug: 'activation-functions', category: 'fundamentals', tier: 'core', prefix: 'act' },
  ];
  for (const t of topics) {
    const folder = join(dir, `${t.id}-${t.slug}`);
    mkdirSync(folder);
    const questions = [1, 2, 3, 4].map((n) => ({ id: `${t.prefix}-q${n}` }));
    for (const lang of ['zh', 'en'] as const) {
      writeFileSync(join(folder, `${lang}.md`), topicMarkdown({ lang, id: t.id, slug: t.slug, category: t.category, tier: t.tier, questions }));
    }
  }
  return dir;
}

/** A clock the test moves by hand. */
export function manualClock(start: string, tzOffsetMinutes = 0) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    tzOffsetMinutes: () => tzOffsetMinutes,
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = Date.parse(iso);
    },
  };
}
