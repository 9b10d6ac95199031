import { parse as parseYaml } from 'yaml';
import { findTopic } from '../syllabus/index.js';
import type { Lang } from '../syllabus/types.js';
import { splitLines, joinLines } from '../content/split-lines.js';
import type { ContentIssue, ParseResult } from '../content/types.js';

/** The sections of a close-reading guide, in order. The checklist drives the reader's progress. */
export const paperSectionKeys = ['summary', 'problem', 'method', 'equations', 'results', 'limitations', 'interview', 'checklist'] as const;
export type PaperSectionKey = (typeof paperSectionKeys)[number];

export const paperSectionHeadings: Record<Lang, Record<PaperSectionKey, string>> = {
  zh: { summary: '一句话总结', problem: '问题与动机', method: '核心方法', equations: '关键公式', results: '实验与关键数字', limitations: '局限与后续工作', interview: '面试怎么问', checklist: '精读清单' },
  en: {
    summary: 'One-sentence summary',
    problem: 'Problem and motivation',
    method: 'Method',
    equations: 'Key equations',
    results: 'Results and numbers',
    limitations: 'Limitations and follow-ups',
    interview: 'What interviewers ask',
    checklist: 'Reading checklist',
  },
};

export interface PaperDoc {
  readonly slug: string;
  readonly lang: Lang;
  readonly title: string;
  readonly authors: string;
  readonly year: number;
  readonly arxiv: string;
  readonly topics: readonly string[];
  readonly sections: Readonly<Record<PaperSectionKey, string>>;
  /** Checklist items: "- `id`: what to be able to do after reading". */
  readonly checklist: readonly { id: string; text: string }[];
}

const fields = new Set(['slug', 'title', 'authors', 'year', 'arxiv', 'topics']);

/** Parse a close-reading guide (content/papers/<slug>/{zh,en}.md) strictly. */
export function parsePaper(input: { source: string; lang: Lang; file: string; folder?: string }): ParseResult<PaperDoc> {
  const issues: ContentIssue[] = [];
  const report = (line: number, message: string): void => void issues.push({ file: input.file, line, message });
  const lines = input.source.split(/\r?\n/);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  if (end < 0) return { ok: false, issues: [{ file: input.file, line: 1, message: 'the file must start with front matter between "---" lines' }] };
  let fm: Record<string, unknown> = {};
  try {
    const data: unknown = parseYaml(lines.slice(1, end).join('\n'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) fm = data as Record<string, unknown>;
    else report(2, 'front matter must be a mapping');
  } catch (error) {
    report(2, `front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const key of Object.keys(fm)) if (!fields.has(key)) report(2, `unknown front-matter field "${key}"`);
  const text = (key: string): string => (typeof fm[key] === 'string' && fm[key] !== '' ? String(fm[key]) : (report(2, `front matter: "${key}" must be a non-empty string`), ''));
  const slug = text('slug');
  if (input.folder !== undefined && slug && slug !== input.folder) report(2, `slug "${slug}" must match the folder "${input.folder}"`);
  const year = typeof fm['year'] === 'number' ? fm['year'] : (report(2, 'front matter: "year" must be a number'), 0);
  const arxiv = text('arxiv');
  if (arxiv && !/^\d{4}\.\d{4,5}$/.test(arxiv)) report(2, `front matter: arxiv "${arxiv}" must look like "1706.03762" (quoted)`);
  const topics = Array.isArray(fm['topics']) ? fm['topics'].map(String) : (report(2, 'front matter: "topics" must be a list of syllabus ids'), []);
  for (const t of topics) if (!findTopic(t)) report(2, `front matter: topic "${t}" is not in the syllabus`);

  const body = splitLines(lines.slice(end + 1).join('\n'), end + 2);
  const titleIndex = body.findIndex((l) => l.text.trim() !== '');
  if (!/^# \S/.test(body[titleIndex]?.text ?? '')) report(body[titleIndex]?.line ?? end + 2, 'expected a "# Title" line after the front matter');
  const byHeading = new Map(paperSectionKeys.map((k) => [paperSectionHeadings[input.lang][k], k] as const));
  const found = new Map<PaperSectionKey, typeof body>();
  let current: typeof body | undefined;
  for (const l of body.slice(titleIndex + 1)) {
    const h = !l.inFence && /^## (.+)$/.exec(l.text);
    if (h) {
      const key = byHeading.get(h[1]?.trim() ?? '');
      if (!key) report(l.line, `unknown section "${h[1]}"; expected: ${[...byHeading.keys()].join(', ')}`);
      else if (found.has(key)) report(l.line, `section "${h[1]}" appears twice`);
      current = [];
      if (key) found.set(key, current);
      continue;
    }
    if (current) current.push(l);
    else if (l.text.trim() !== '') report(l.line, 'text before the first section');
  }
  const order = [...found.keys()];
  if (order.join() !== paperSectionKeys.filter((k) => found.has(k)).join()) report(0, 'sections are out of order');
  const sections = Object.fromEntries(paperSectionKeys.map((k) => [k, joinLines(found.get(k) ?? [])])) as Record<PaperSectionKey, string>;
  for (const k of paperSectionKeys) if (!sections[k]) report(0, `missing or empty section "## ${paperSectionHeadings[input.lang][k]}"`);
  const checklist = (found.get('checklist') ?? [])
    .filter((l) => l.text.trim() !== '')
    .map((l) => {
      const m = /^- `([a-z0-9-]+)`[:：]\s*(.+)$/.exec(l.text);
      if (!m?.[1] || !m[2]) report(l.line, 'a checklist item must read "- `item-id`: what you can do after reading"');
      return { id: m?.[1] ?? '', text: m?.[2]?.trim() ?? '' };
    });
  if (checklist.length < 3) report(0, `the reading checklist needs at least 3 items, found ${checklist.length}`);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, issues: [], value: { slug, lang: input.lang, title: text('title'), authors: text('authors'), year, arxiv, topics, sections, checklist } };
}
