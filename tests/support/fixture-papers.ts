import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paperMarkdown } from '../../src/core/papers/test-builders.js';

/** A papers folder with one valid guide, "demo-paper", checklist items a, b, c. */
export function createFixturePapers(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmprep-papers-'));
  mkdirSync(join(dir, 'demo-paper'));
  for (const lang of ['zh', 'en'] as const) writeFileSync(join(dir, 'demo-paper', `${lang}.md`), paperMarkdown(lang));
  return dir;
}
