import { checkLibrary, createMarkdown, type LibraryCheck } from '../core/content/index.js';
import { checkPapers } from '../core/papers/index.js';
import type { ContentSource } from './ports.js';

/** The JSON printed by `content:check --json` (snake_case is the documented CLI contract). */
export interface ContentCheckReport {
  topics_total: number;
  topics_written: number;
  questions: number;
  errors: string[];
}

/** Parse and check every topic file and close-reading guide, formulas and links included (`content check`, CI). */
export function checkContent(source: ContentSource): LibraryCheck {
  const md = createMarkdown();
  const library = checkLibrary(md, source.readTopicSources());
  const papers = checkPapers(md, source.readPaperSources());
  return { ...library, issues: [...library.issues, ...papers.issues] };
}

/** Parse every topic file strictly, without rendering every formula (the app at run time). */
export function loadContent(source: ContentSource): LibraryCheck {
  return checkLibrary(createMarkdown(), source.readTopicSources(), { verifyMarkdown: false });
}

/** The check as the CLI's JSON report; each error is "file:line: message". */
export function toCheckReport(check: LibraryCheck): ContentCheckReport {
  return {
    topics_total: check.topicsTotal,
    topics_written: check.topicsWritten,
    questions: check.questions,
    errors: check.issues.map((i) => `${i.file}${i.line > 0 ? `:${i.line}` : ''}: ${i.message}`),
  };
}
