/**
 * Split a markdown file from a public interview collection into question items. Collections are written many
 * ways, so the parser is lenient where they differ and strict about what it keeps:
 * - a heading that reads as a question, or a heading below the title under which there is text, is an item;
 * - a top-level numbered or bulleted line ending in a question mark is an item (lists of bare questions);
 * - the item's answer is the markdown up to the next item; it may be empty (many collections have none).
 * Fenced code is never split. Nothing is executed or rendered here; rendering sanitizes later.
 */
export interface ImportedItem {
  /** The question as written (markdown inline). */
  readonly prompt: string;
  /** The answer text under it, markdown; empty when the collection has none. */
  readonly answer: string;
  /** Headings above the item, for context ("Transformer > Attention"). */
  readonly section: string;
}

const questionMark = /[?？]\s*$/;
const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const listQuestion = /^(?:\d+[.)]|[-*+])\s+(.+[?？])\s*$/;

function cleanPrompt(text: string): string {
  return text
    .replace(/^\*\*(.+)\*\*$/, '$1')
    .replace(/^(?:Q\d*[:：.]|问题?\d*[:：.]|\d+[.、)]\s*)/i, '')
    .trim();
}

export function parseCollection(markdown: string): ImportedItem[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const items: { prompt: string; body: string[]; section: string; isHeading: boolean; level: number }[] = [];
  const sections: string[] = [];
  let inFence = false;
  let current: (typeof items)[number] | undefined;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence) {
      const h = heading.exec(line);
      if (h?.[1] && h[2]) {
        const level = h[1].length;
        const text = cleanPrompt(h[2]);
        sections.length = Math.max(0, level - 1);
        current = { prompt: text, body: [], section: sections.filter(Boolean).join(' > '), isHeading: true, level };
        items.push(current);
        sections[level - 1] = text;
        continue;
      }
      const q = listQuestion.exec(line);
      if (q?.[1]) {
        current = { prompt: cleanPrompt(q[1]), body: [], section: sections.filter(Boolean).join(' > '), isHeading: false, level: 0 };
        items.push(current);
        continue;
      }
    }
    current?.body.push(line);
  }
  return items
    .map((i) => ({ prompt: i.prompt, answer: i.body.join('\n').trim(), section: i.section, isHeading: i.isHeading, level: i.level }))
    // A heading with text under it is an item even without "?" (many collections title questions that way),
    // except a document title (level 1), whose text is an introduction.
    .filter((i) => i.prompt.length > 0 && (questionMark.test(i.prompt) || (i.isHeading && i.level > 1 && i.answer.length > 0)))
    .filter((i) => i.prompt.length <= 500)
    .map(({ prompt, answer, section }) => ({ prompt, answer, section }));
}
