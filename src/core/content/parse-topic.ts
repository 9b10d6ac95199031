import { parse as parseYaml } from 'yaml';
import { findTopic, tierOf } from '../syllabus/index.js';
import type { Lang } from '../syllabus/types.js';
import { parseKeyPoints, parseList, parseReferences, type ListItem, type Report } from './parse-lists.js';
import { sectionHeadings, sectionKeys, type SectionKey } from './sections.js';
import { joinLines, splitLines, type SourceLine } from './split-lines.js';
import type { ContentIssue, Difficulty, ParseResult, Question, TopicDoc } from './types.js';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const metaLine = /^> id: ([^\s·|]+) [·|] difficulty: (\S+)\s*$/;
const frontMatterFields = new Set(['id', 'slug', 'category', 'tier', 'title', 'related']);

interface FrontMatter {
  id: string;
  slug: string;
  category: string;
  tier: string;
  title: string;
  related: string[];
}

/** Split "---\nyaml\n---\nbody" and validate the fields against the syllabus. */
function parseFrontMatter(source: string, report: Report): { fm: FrontMatter | undefined; body: string; bodyLine: number } {
  const lines = source.split(/\r?\n/);
  if (lines[0] !== '---') {
    report(1, 'the file must start with front matter between "---" lines');
    return { fm: undefined, body: source, bodyLine: 1 };
  }
  const end = lines.indexOf('---', 1);
  if (end < 0) {
    report(1, 'front matter is not closed by a "---" line');
    return { fm: undefined, body: '', bodyLine: 1 };
  }
  const body = lines.slice(end + 1).join('\n');
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    report(2, `front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    return { fm: undefined, body, bodyLine: end + 2 };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(2, 'front matter must be a YAML mapping');
    return { fm: undefined, body, bodyLine: end + 2 };
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!frontMatterFields.has(key)) report(2, `unknown front-matter field "${key}"`);
  }
  const text = (key: string): string => {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    report(2, `front matter: "${key}" must be a non-empty string${typeof value === 'number' ? ' (quote ids: "1.10")' : ''}`);
    return '';
  };
  const relatedRaw = record['related'] ?? [];
  const related = Array.isArray(relatedRaw) ? relatedRaw.map(String) : [];
  if (!Array.isArray(relatedRaw)) report(2, 'front matter: "related" must be a list of topic ids');
  const fm = { id: text('id'), slug: text('slug'), category: text('category'), tier: text('tier'), title: text('title'), related };
  return { fm, body, bodyLine: end + 2 };
}

/** Check the front matter against the syllabus and the folder it lives in. */
function checkAgainstSyllabus(fm: FrontMatter, folder: string | undefined, report: Report): void {
  const topic = findTopic(fm.id);
  if (!topic) {
    report(2, `front matter: "${fm.id}" is not a syllabus topic id`);
    return;
  }
  if (fm.slug !== topic.slug) report(2, `front matter: slug of ${fm.id} must be "${topic.slug}"`);
  if (fm.category !== topic.category) report(2, `front matter: category of ${fm.id} must be "${topic.category}"`);
  if (fm.tier !== tierOf(fm.id)) report(2, `front matter: tier of ${fm.id} must be "${tierOf(fm.id)}"`);
  if (folder !== undefined && folder !== `${topic.id}-${topic.slug}`) {
    report(0, `folder "${folder}" must be named "${topic.id}-${topic.slug}"`);
  }
  for (const id of fm.related) {
    if (!findTopic(id)) report(2, `front matter: related topic "${id}" is not in the syllabus`);
  }
}

/** Group a question's lines into its `### ` sections, in the required order. */
function splitSections(lines: readonly SourceLine[], lang: Lang, report: Report): Map<SectionKey, SourceLine[]> {
  const byHeading = new Map<string, SectionKey>(sectionKeys.map((k) => [sectionHeadings[lang][k], k]));
  const sections = new Map<SectionKey, SourceLine[]>();
  let current: SourceLine[] | undefined;
  for (const l of lines) {
    const heading = !l.inFence && /^### (.+)$/.exec(l.text);
    if (heading) {
      const key = byHeading.get(heading[1]?.trim() ?? '');
      if (!key) {
        report(l.line, `unknown section "${heading[1]}"; expected one of: ${[...byHeading.keys()].join(', ')}`);
        current = undefined;
        continue;
      }
      if (sections.has(key)) report(l.line, `section "${heading[1]}" appears twice`);
      current = [];
      sections.set(key, current);
      continue;
    }
    if (current) current.push(l);
    else if (l.text.trim() !== '') report(l.line, 'text before the first section of a question');
  }
  const order = [...sections.keys()];
  const expected = sectionKeys.filter((k) => sections.has(k));
  if (order.join() !== expected.join()) report(lines[0]?.line ?? 0, 'sections are out of order');
  for (const key of sectionKeys) {
    if (!sections.has(key)) report(lines[0]?.line ?? 0, `missing section "### ${sectionHeadings[lang][key]}"`);
  }
  return sections;
}

/** The list items' text; nested items are not allowed in plain lists. */
function plainList(items: readonly ListItem[], min: number, what: string, line: number, report: Report): string[] {
  if (items.length < min) report(line, `${what}: at least ${min} item(s) needed, found ${items.length}`);
  for (const item of items) if (item.children.length > 0) report(item.line, `${what}: nested items are not allowed`);
  return items.map((i) => i.text.trim());
}

/** Key points per question: 3–6 atomic facts; a system-design question's module checklist may name up to 12. */
interface KeyPointLimits {
  readonly min: number;
  readonly max: number;
}

function parseQuestion(heading: SourceLine, lines: SourceLine[], lang: Lang, limits: KeyPointLimits, report: Report): Question | undefined {
  const prompt = heading.text.replace(/^## /, '').trim();
  const firstContent = lines.findIndex((l) => l.text.trim() !== '');
  const meta = firstContent >= 0 ? metaLine.exec(lines[firstContent]?.text ?? '') : null;
  if (!meta?.[1] || !meta[2]) {
    report(heading.line, 'a question heading must be followed by "> id: <question-id> · difficulty: <1|2|3>"');
    return undefined;
  }
  const id = meta[1];
  if (!kebab.test(id)) report(heading.line + 1, `question id "${id}" must be kebab-case`);
  const difficulty = Number(meta[2]);
  if (difficulty !== 1 && difficulty !== 2 && difficulty !== 3) report(heading.line + 1, 'difficulty must be 1, 2 or 3');
  const sections = splitSections(lines.slice(firstContent + 1), lang, report);
  const body = (key: SectionKey): SourceLine[] => sections.get(key) ?? [];
  const at = (key: SectionKey): number => body(key)[0]?.line ?? heading.line;

  for (const l of [...body('detailed'), ...body('short')]) {
    if (!l.inFence && /^#{1,3} /.test(l.text)) report(l.line, 'headings inside an answer must be #### or deeper');
  }
  const shortAnswer = joinLines(body('short'));
  if (sections.has('short') && shortAnswer === '') report(at('short'), 'the short answer is empty');
  const detailedAnswer = joinLines(body('detailed'));
  if (sections.has('detailed') && detailedAnswer === '') report(at('detailed'), 'the detailed answer is empty');

  const keyPoints = parseKeyPoints(parseList(body('keyPoints'), report), report);
  if (sections.has('keyPoints') && (keyPoints.length < limits.min || keyPoints.length > limits.max)) {
    report(at('keyPoints'), `${limits.min}–${limits.max} key points needed, found ${keyPoints.length}`);
  }
  const kpIds = new Set<string>();
  for (const kp of keyPoints) {
    if (kpIds.has(kp.id)) report(at('keyPoints'), `key-point id "${kp.id}" appears twice in question "${id}"`);
    kpIds.add(kp.id);
  }
  const followUps = plainList(parseList(body('followUps'), report), sections.has('followUps') ? 2 : 0, 'follow-ups', at('followUps'), report);
  const mistakes = plainList(parseList(body('mistakes'), report), sections.has('mistakes') ? 1 : 0, 'common mistakes', at('mistakes'), report);
  const refItems = parseList(body('references'), report);
  if (sections.has('references') && refItems.length === 0) report(at('references'), 'at least one reference is needed');
  const references = parseReferences(refItems, report);
  return {
    id,
    difficulty: (difficulty === 2 || difficulty === 3 ? difficulty : 1) satisfies Difficulty,
    prompt,
    shortAnswer,
    detailedAnswer,
    keyPoints,
    followUps,
    mistakes,
    references,
  };
}

export interface ParseTopicInput {
  /** The file's text. */
  readonly source: string;
  readonly lang: Lang;
  /** Used in issues, e.g. "content/topics/10.3-rope-derivation/zh.md". */
  readonly file: string;
  /** The folder name, checked against the syllabus; omit for text that is not in content/topics. */
  readonly folder?: string;
}

/** Parse one topic file strictly; every problem is reported with its line, none is fixed silently. */
export function parseTopic(input: ParseTopicInput): ParseResult<TopicDoc> {
  const issues: ContentIssue[] = [];
  const report: Report = (line, message) => issues.push({ file: input.file, line, message });
  const { fm, body, bodyLine } = parseFrontMatter(input.source, report);
  if (fm) checkAgainstSyllabus(fm, input.folder, report);

  const lines = splitLines(body, bodyLine);
  const firstContent = lines.findIndex((l) => l.text.trim() !== '');
  const titleLine = lines[firstContent];
  if (!titleLine || !/^# \S/.test(titleLine.text)) report(titleLine?.line ?? bodyLine, 'expected a "# Title" line after the front matter');

  const questionStarts = lines.map((l, i) => (!l.inFence && l.text.startsWith('## ') ? i : -1)).filter((i) => i >= 0);
  const overviewEnd = questionStarts[0] ?? lines.length;
  const overviewLines = lines.slice(firstContent + 1, overviewEnd);
  for (const l of overviewLines) {
    if (!l.inFence && /^#{1,3} /.test(l.text)) report(l.line, 'headings in the overview must be #### or deeper');
  }
  const questions: Question[] = [];
  questionStarts.forEach((start, n) => {
    const heading = lines[start];
    if (!heading) return;
    const end = questionStarts[n + 1] ?? lines.length;
    const limits = fm?.category === 'system-design' ? { min: 3, max: 12 } : { min: 3, max: 6 };
    const q = parseQuestion(heading, lines.slice(start + 1, end), input.lang, limits, report);
    if (q) questions.push(q);
  });
  const minQuestions = fm?.category === 'system-design' ? 1 : 4;
  if (questions.length < minQuestions) report(0, `at least ${minQuestions} questions needed, found ${questions.length}`);
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) report(0, `question id "${q.id}" appears twice in this file`);
    seen.add(q.id);
  }

  if (issues.length > 0 || !fm) return { ok: false, issues: issues.length > 0 ? issues : [{ file: input.file, line: 0, message: 'no front matter' }] };
  const topic = findTopic(fm.id);
  if (!topic) return { ok: false, issues };
  return {
    ok: true,
    issues: [],
    value: {
      id: topic.id,
      slug: topic.slug,
      category: topic.category,
      tier: tierOf(topic.id),
      lang: input.lang,
      title: fm.title,
      related: fm.related,
      overview: joinLines(overviewLines),
      questions,
    },
  };
}
