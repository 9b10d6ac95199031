import MarkdownItClass from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseTopic } from '../content/index.js';
import { topicMarkdown } from '../content/test-builders.js';
import { markdownToAnkiHtml, toAnkiText } from './anki.js';

const md = new MarkdownItClass({ html: false });

describe('markdownToAnkiHtml', () => {
  it('keeps TeX byte for byte inside MathJax delimiters, even where markdown would eat backslashes and underscores', () => {
    expect(markdownToAnkiHtml(md, 'Scale by $\\sqrt{d_k}$ and *bold*')).toBe('<p>Scale by \\(\\sqrt{d_k}\\) and <em>bold</em></p>');
    expect(markdownToAnkiHtml(md, '$$\nQ_{i} K_{j}^\\top\n$$')).toBe('<p>\\[Q_{i} K_{j}^\\top\\]</p>');
  });

  it('escapes HTML in text and in formulas', () => {
    expect(markdownToAnkiHtml(md, '<b>x</b> $a<b$')).toBe('<p>&lt;b&gt;x&lt;/b&gt; \\(a&lt;b\\)</p>');
  });
});

describe('toAnkiText', () => {
  it('writes headers and one tab-separated note per question with a stable GUID and tags', () => {
    const parsed = parseTopic({ source: topicMarkdown({ lang: 'en' }), lang: 'en', file: 'x', folder: '10.3-rope-derivation' });
    if (!parsed.ok) throw new Error('fixture');
    const text = toAnkiText({ topics: [parsed.value], markdown: md, deck: 'llmprep::en' });
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#deck:llmprep::en', '#tags column:4', '#columns:guid\tFront\tBack\tTags']);
    expect(lines).toHaveLength(6 + 4);
    const cols = lines[6]?.split('\t') ?? [];
    expect(cols).toHaveLength(4);
    expect(cols[0]).toBe('llmprep-t-one');
    expect(cols[2]).toContain('\\(\\sqrt{d_k}\\)');
    expect(cols[3]).toBe('llmprep llmprep::topic::10.3 llmprep::advanced llmprep::tier::advanced llmprep::difficulty::2');
  });
});
