import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../content/index.js';
import { checkPapers, parsePaper } from './index.js';
import { paperMarkdown as paper } from './test-builders.js';

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
