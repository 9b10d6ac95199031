import type { KeyPoint, Reference } from './types.js';
import type { SourceLine } from './split-lines.js';

/** Reports a problem at a line; the parser collects these instead of stopping at the first. */
export type Report = (line: number, message: string) => void;

export interface ListItem {
  readonly line: number;
  /** The item's own text (first line plus continuation lines). */
  readonly text: string;
  /** Nested items, one level deep. */
  readonly children: readonly ListItem[];
}

const itemStart = /^[-*] (.*)$/;
const childStart = /^ {2,4}[-*] (.*)$/;
const continuation = /^ {2,}\S/;

/** Parse a flat markdown list with optional one-level nesting; anything else is reported. */
export function parseList(lines: readonly SourceLine[], report: Report): ListItem[] {
  const items: { line: number; text: string; children: { line: number; text: string; children: [] }[] }[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const last = items[items.length - 1];
    if (l.inFence) {
      // A code block inside a list item: keep it verbatim in the item's text.
      if (last) last.text += `\n${l.text}`;
      else report(l.line, 'a code block outside a list item');
      continue;
    }
    const top = itemStart.exec(l.text);
    if (top) {
      items.push({ line: l.line, text: top[1] ?? '', children: [] });
      continue;
    }
    const child = childStart.exec(l.text);
    if (child && last) {
      last.children.push({ line: l.line, text: child[1] ?? '', children: [] });
      continue;
    }
    if (continuation.test(l.text) && last) {
      const target = last.children[last.children.length - 1] ?? last;
      target.text += ` ${l.text.trim()}`;
      continue;
    }
    report(l.line, `expected a list item "- …", found: ${l.text.slice(0, 60)}`);
  }
  return items;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const keyPointHead = /^`([^`]+)`[:：]\s*(.+)$/;

/** Split a term list on ; or ；, dropping empties. */
function splitTerms(text: string): string[] {
  return text
    .split(/[;；]/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** Key points: "- `id`: sentence" with nested "- zh: a；b" and "- en: a; b". */
export function parseKeyPoints(items: readonly ListItem[], report: Report): KeyPoint[] {
  const out: KeyPoint[] = [];
  for (const item of items) {
    const head = keyPointHead.exec(item.text);
    if (!head?.[1] || !head[2]) {
      report(item.line, 'a key point must read "- `kp-id`: one sentence"');
      continue;
    }
    const id = head[1];
    if (!kebab.test(id)) report(item.line, `key-point id "${id}" must be kebab-case`);
    const terms: { zh: string[]; en: string[] } = { zh: [], en: [] };
    for (const child of item.children) {
      const m = /^(zh|en)[:：]\s*(.*)$/.exec(child.text);
      if (!m?.[1]) {
        report(child.line, 'a key point\'s nested items must be "- zh: …" and "- en: …"');
        continue;
      }
      const lang = m[1] === 'zh' ? 'zh' : 'en';
      terms[lang] = splitTerms(m[2] ?? '');
    }
    if (terms.zh.length === 0) report(item.line, `key point "${id}" has no zh terms`);
    if (terms.en.length === 0) report(item.line, `key point "${id}" has no en terms`);
    out.push({ id, text: head[2].trim(), terms });
  }
  return out;
}

const arxivPattern = /arXiv:\s*(\d{4}\.\d{4,5})(v\d+)?/i;
const urlPattern = /\((https:\/\/[^\s)]+)\)|(https:\/\/[^\s)>]+)/;

/** References must name an arXiv id or link to an https source. */
export function parseReferences(items: readonly ListItem[], report: Report): Reference[] {
  return items.map((item) => {
    const arxivId = arxivPattern.exec(item.text)?.[1];
    const urlMatch = urlPattern.exec(item.text);
    const url = urlMatch?.[1] ?? urlMatch?.[2];
    if (!arxivId && !url) report(item.line, 'a reference needs an "arXiv:NNNN.NNNNN" id or an https:// link');
    return { markdown: item.text, arxivId, url };
  });
}
