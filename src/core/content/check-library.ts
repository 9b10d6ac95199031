import type { MarkdownIt } from 'markdown-it';
import { topics as syllabusTopics, topicFolderName } from '../syllabus/index.js';
import type { Lang } from '../syllabus/types.js';
import { checkMarkdown } from './check-markdown.js';
import { parseTopic } from './parse-topic.js';
import type { ContentIssue, Question, TopicDoc } from './types.js';

/** The raw files of one topic folder, as read from disk by the library adapter. */
export interface TopicSources {
  readonly folder: string;
  readonly files: Partial<Record<Lang, string>>;
}

export interface LibraryCheck {
  readonly topicsTotal: number;
  readonly topicsWritten: number;
  readonly questions: number;
  readonly issues: readonly ContentIssue[];
  /** Parsed topics that passed every check, both languages. */
  readonly topics: ReadonlyMap<string, Record<Lang, TopicDoc>>;
}

/** Every markdown fragment of a question, for the math and link checks. */
function fragmentsOf(q: Question): string[] {
  return [
    q.prompt,
    q.shortAnswer,
    q.detailedAnswer,
    ...q.keyPoints.map((k) => k.text),
    ...q.followUps,
    ...q.mistakes,
    ...q.references.map((r) => r.markdown),
  ];
}

function checkFragments(md: MarkdownIt, doc: TopicDoc, file: string): ContentIssue[] {
  const texts = [doc.overview, ...doc.questions.flatMap(fragmentsOf)];
  return texts.flatMap((text) => checkMarkdown(md, text).map((message) => ({ file, line: 0, message })));
}

/** zh and en must carry the same questions and key points, in the same order. */
function checkPair(zh: TopicDoc, en: TopicDoc, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const zhIds = zh.questions.map((q) => q.id).join(', ');
  const enIds = en.questions.map((q) => q.id).join(', ');
  if (zhIds !== enIds) issues.push({ file, line: 0, message: `question ids differ: zh [${zhIds}] vs en [${enIds}]` });
  zh.questions.forEach((q, i) => {
    const other = en.questions[i];
    if (!other || other.id !== q.id) return;
    const a = q.keyPoints.map((k) => k.id).join(', ');
    const b = other.keyPoints.map((k) => k.id).join(', ');
    if (a !== b) issues.push({ file, line: 0, message: `key-point ids of "${q.id}" differ: zh [${a}] vs en [${b}]` });
    if (q.difficulty !== other.difficulty) issues.push({ file, line: 0, message: `difficulty of "${q.id}" differs between zh and en` });
  });
  return issues;
}

/**
 * Check the whole library: each file strictly parsed, formulas rendered, links resolved, zh/en pairs compared,
 * question ids unique across the library, folders matched to the syllabus.
 */
export interface CheckOptions {
  /**
   * Render every formula with KaTeX and resolve every link (the full content check). The app at run time skips
   * this: CI has already checked the bundled content, and rendering it all at start-up would cost seconds.
   */
  readonly verifyMarkdown: boolean;
}

export function checkLibrary(md: MarkdownIt, folders: readonly TopicSources[], options: CheckOptions = { verifyMarkdown: true }): LibraryCheck {
  const issues: ContentIssue[] = [];
  const written = new Map<string, Record<Lang, TopicDoc>>();
  const known = new Set(syllabusTopics.map(topicFolderName));
  const questionOwner = new Map<string, string>();
  let questions = 0;
  for (const { folder, files } of folders) {
    const base = `content/topics/${folder}`;
    if (!known.has(folder)) {
      issues.push({ file: base, line: 0, message: 'folder is not a syllabus topic ("<id>-<slug>")' });
      continue;
    }
    const parsed: Partial<Record<Lang, TopicDoc>> = {};
    let folderOk = true;
    for (const lang of ['zh', 'en'] as const) {
      const file = `${base}/${lang}.md`;
      const source = files[lang];
      if (source === undefined) {
        issues.push({ file, line: 0, message: `missing ${lang}.md` });
        folderOk = false;
        continue;
      }
      const result = parseTopic({ source, lang, file, folder });
      if (!result.ok) {
        issues.push(...result.issues);
        folderOk = false;
        continue;
      }
      const fragmentIssues = options.verifyMarkdown ? checkFragments(md, result.value, file) : [];
      issues.push(...fragmentIssues);
      if (fragmentIssues.length > 0) folderOk = false;
      parsed[lang] = result.value;
    }
    const { zh, en } = parsed;
    if (!zh || !en) continue;
    const pairIssues = checkPair(zh, en, base);
    issues.push(...pairIssues);
    for (const q of zh.questions) {
      const owner = questionOwner.get(q.id);
      if (owner) {
        issues.push({ file: base, line: 0, message: `question id "${q.id}" is also used in ${owner}` });
        folderOk = false;
      }
      questionOwner.set(q.id, base);
    }
    if (folderOk && pairIssues.length === 0) {
      written.set(zh.id, { zh, en });
      questions += zh.questions.length;
    }
  }
  return { topicsTotal: syllabusTopics.length, topicsWritten: written.size, questions, issues, topics: written };
}
