import type { MarkdownIt } from 'markdown-it';
import type { TopicDoc } from '../content/types.js';

/**
 * Anki's plain-text import format with file headers (Anki 2.1.55+): tab-separated, HTML fields, a GUID column
 * so that importing a newer export updates the same notes instead of duplicating them, and tags. Math is
 * written for Anki's own MathJax, \( … \) and \[ … \], because Anki cannot run KaTeX's CSS.
 */
export interface AnkiExportInput {
  readonly topics: readonly TopicDoc[];
  /** Markdown without math support: math is cut out before and put back after, untouched. */
  readonly markdown: MarkdownIt;
  readonly deck: string;
}

const mathPattern = /\$\$([\s\S]+?)\$\$|(?<![\\$])\$([^$\n]+?)\$/g;

/** Markdown with $…$/$$…$$ → HTML with MathJax delimiters, the TeX kept byte for byte (HTML-escaped). */
export function markdownToAnkiHtml(md: MarkdownIt, markdown: string): string {
  const formulas: string[] = [];
  const protectedText = markdown.replace(mathPattern, (_, display: string | undefined, inline: string | undefined) => {
    const tex = md.utils.escapeHtml((display ?? inline ?? '').trim());
    formulas.push(display !== undefined ? `\\[${tex}\\]` : `\\(${tex}\\)`);
    return `@@MATH${formulas.length - 1}@@`;
  });
  const html = md.render(protectedText).trim();
  return html.replace(/@@MATH(\d+)@@/g, (_, i: string) => formulas[Number(i)] ?? '');
}

/** A field as Anki's importer reads it: quoted when it holds a tab, a quote or a newline. */
function field(value: string): string {
  const oneLine = value.replace(/\r?\n/g, ' ');
  return /[\t"]/.test(oneLine) ? `"${oneLine.replace(/"/g, '""')}"` : oneLine;
}

/** The whole export file: headers, then one note per question. */
export function toAnkiText(input: AnkiExportInput): string {
  const lines = ['#separator:tab', '#html:true', '#guid column:1', `#deck:${input.deck}`, '#tags column:4', '#columns:guid\tFront\tBack\tTags'];
  for (const topic of input.topics) {
    for (const q of topic.questions) {
      const front = markdownToAnkiHtml(input.markdown, q.prompt);
      const points = q.keyPoints.map((k) => `<li>${markdownToAnkiHtml(input.markdown, k.text).replace(/^<p>|<\/p>$/g, '')}</li>`).join('');
      const back = `${markdownToAnkiHtml(input.markdown, q.shortAnswer)}<ul>${points}</ul><p><small>${topic.id} ${input.markdown.utils.escapeHtml(topic.title)}</small></p>`;
      const tags = ['llmprep', `llmprep::topic::${topic.id}`, `llmprep::${topic.category}`, `llmprep::tier::${topic.tier}`, `llmprep::difficulty::${q.difficulty}`].join(' ');
      lines.push([`llmprep-${q.id}`, front, back, tags].map(field).join('\t'));
    }
  }
  return `${lines.join('\n')}\n`;
}
