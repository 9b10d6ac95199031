import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../content/index.js';
import { checkPapers, paperSectionHeadings, paperSectionKeys, parsePaper } from './index.js';

function paper(lang: 'zh' | 'en', overrides: { checklist?: string[]; arxiv?: string; extra?: string; equations?: string } = {}): string {
  const h = paperSectionHeadings[lang];
  const body = paperSectionKeys
    .map((k) => {
      if (k === 'checklist') return `## ${h[k]}\n\n${(overrides.checklist ?? ['a', 'b', 'c']).map((id) => `- \`${id}\`: can do ${id}`).join('\n')}`;
      if (k === 'equations') return `## ${h[k]}\n\n${overrides.equations ?? '$$\n\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V\n$$'}`;
      return `## ${h[k]}\n\nText for ${k}.`;
    })
    .join('\n\n');
  return `---\nslug: demo-paper\ntitle: "Demo: a paper"\nauthors: A. Author\nyear: 2017\narxiv: "${overrides.arxiv ?? '1706.03762'}"\ntopics: ["1.6"]\n${overrides.extra ?? ''}---\n\n# Demo\n\n${body}\n`;
}

describe('parsePaper', () => {
  it('parses every section and the checklist', () => {
    const r = parsePaper({ source: paper('en'), lang: 'en', file: 'x', folder: 'demo-paper' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ slug: 'demo-paper', year: 2017, arxiv: '1706.03762', topics: ['1.6'] });
    expect(r.value.checklist.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(r.value.sections.summary).toBe('Text for summary.');
  });

  it('rejects a bad arXiv id, an unknown field and a short checklist', () => {
    const r = parsePaper({ source: paper('zh', { arxiv: '17.1', extra: 'venue: NeurIPS\n', checklist: ['a'] }), lang: 'zh', file: 'x' });
    const messages = r.ok ? '' : r.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('arxiv "17.1"');
    expect(messages).toContain('unknown front-matter field "venue"');
    expect(messages).toContain('at least 3 items');
  });

  it('checks formulas and that zh and en checklists agree', () => {
    const md = createMarkdown();
    const ok = checkPapers(md, [{ folder: 'demo-paper', files: { zh: paper('zh'), en: paper('en') } }]);
    expect(ok.issues).toEqual([]);
    expect(ok.papers.size).toBe(1);
    const bad = checkPapers(md, [{ folder: 'demo-paper', files: { zh: paper('zh', { checklist: ['a', 'b', 'x'] }), en: paper('en', { equations: '$\\frac{1}{$' }) } }]);
    const messages = bad.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('KaTeX cannot render');
  });
});
