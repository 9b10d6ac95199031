// A valid close-reading guide for tests, with knobs to break one thing at a time.
import { paperSectionHeadings, paperSectionKeys } from './parse-paper.js';

export function paperMarkdown(lang: 'zh' | 'en', overrides: { checklist?: string[]; arxiv?: string; extra?: string; equations?: string; slug?: string } = {}): string {
  const h = paperSectionHeadings[lang];
  const body = paperSectionKeys
    .map((k) => {
      if (k === 'checklist') return `## ${h[k]}\n\n${(overrides.checklist ?? ['a', 'b', 'c']).map((id) => `- \`${id}\`: can do ${id}`).join('\n')}`;
      if (k === 'equations') return `## ${h[k]}\n\n${overrides.equations ?? '$$\n\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V\n$$'}`;
      return `## ${h[k]}\n\nText for ${k}.`;
    })
    .join('\n\n');
  return `---\nslug: ${overrides.slug ?? 'demo-paper'}\ntitle: "Demo: a paper"\nauthors: A. Author\nyear: 2017\narxiv: "${overrides.arxiv ?? '1706.03762'}"\ntopics: ["1.6"]\n${overrides.extra ?? ''}---\n\n# Demo\n\n${body}\n`;
}

