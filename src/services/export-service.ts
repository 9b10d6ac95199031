import MarkdownItClass from 'markdown-it';
import { toAnkiText } from '../core/export/anki.js';
import type { Lang } from '../core/syllabus/types.js';
import type { LibraryService } from './library-service.js';

export interface ExportService {
  /** Every library question as an Anki note file (tab-separated, HTML, MathJax math, stable GUIDs). */
  ankiDeck(lang: Lang): string;
}

export function createExportService(library: LibraryService): ExportService {
  // Plain markdown, raw HTML disabled: math is handled by the Anki exporter, not by KaTeX.
  const markdown = new MarkdownItClass({ html: false, linkify: false });
  return {
    ankiDeck(lang) {
      const topics = [...library.writtenTopics().values()].map((byLang) => byLang[lang]);
      return toAnkiText({ topics, markdown, deck: lang === 'zh' ? 'llmprep::中文' : 'llmprep::English' });
    },
  };
}
