import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits Chinese runs into overlapping bigrams so two-character words are tokens', () => {
    expect(tokenize('缩放点积')).toEqual(['缩放', '放点', '点积']);
    expect(tokenize('知识蒸馏')).toContain('蒸馏');
  });

  it('lower-cases English words and indexes the parts of hyphenated terms', () => {
    expect(tokenize('KV-Cache and Top-p')).toEqual(['kv-cache', 'kv', 'cache', 'and', 'top-p', 'top', 'p']);
  });

  it('handles mixed text and keeps a lone Chinese character', () => {
    expect(tokenize('RoPE 的推导')).toEqual(['rope', '的推', '推导']);
    expect(tokenize('熵')).toEqual(['熵']);
  });
});
