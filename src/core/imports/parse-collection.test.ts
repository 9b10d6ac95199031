import { describe, expect, it } from 'vitest';
import { parseCollection } from './parse-collection.js';

describe('parseCollection', () => {
  it('makes an item of each question heading with the text under it as the answer', () => {
    const items = parseCollection(['# Notes', '## Attention', '### Why scale by the square root of d?', 'Because the variance grows with d.', '', '### What is a KV cache？', 'It stores keys and values.'].join('\n'));
    expect(items).toEqual([
      { prompt: 'Why scale by the square root of d?', answer: 'Because the variance grows with d.', section: 'Notes > Attention' },
      { prompt: 'What is a KV cache？', answer: 'It stores keys and values.', section: 'Notes > Attention' },
    ]);
  });

  it('keeps lists of bare questions, with no answers', () => {
    const items = parseCollection(['## 基础', '1. 什么是 LoRA？', '2. Why does RMSNorm drop the mean?', '- Not a question', '* How does top-p sampling work?'].join('\n'));
    expect(items.map((i) => i.prompt)).toEqual(['什么是 LoRA？', 'Why does RMSNorm drop the mean?', 'How does top-p sampling work?']);
    expect(items.every((i) => i.answer === '' || i.answer === '- Not a question')).toBe(true);
  });

  it('strips "Q1:" and bold markers, keeps headings with an answer even without a question mark', () => {
    const items = parseCollection(['### **Q3: Explain beam search**', 'Keep the k best prefixes.'].join('\n'));
    expect(items).toEqual([{ prompt: 'Explain beam search', answer: 'Keep the k best prefixes.', section: '' }]);
  });

  it('never splits inside fenced code', () => {
    const items = parseCollection(['## What does this print?', '```python', '# not a heading?', 'print(1)', '```'].join('\n'));
    expect(items).toHaveLength(1);
    expect(items[0]?.answer).toContain('# not a heading?');
  });

  it('returns nothing for a file without questions', () => {
    expect(parseCollection('Just a paragraph.\n\n## Contents\n## Licence')).toEqual([]);
  });
});
