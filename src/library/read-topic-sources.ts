import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicSources } from '../core/content/index.js';

/** Read every topic folder under content/topics (files as text; parsing is the core's job). */
export function readTopicSources(topicsDir: string): TopicSources[] {
  if (!existsSync(topicsDir)) return [];
  return readdirSync(topicsDir)
    .filter((name) => statSync(join(topicsDir, name)).isDirectory())
    .sort()
    .map((folder) => {
      const files: { zh?: string; en?: string } = {};
      for (const lang of ['zh', 'en'] as const) {
        const path = join(topicsDir, folder, `${lang}.md`);
        if (existsSync(path)) files[lang] = readFileSync(path, 'utf8');
      }
      return { folder, files };
    });
}
