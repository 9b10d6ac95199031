import { describe, expect, it } from 'vitest';
import type { KeyPoint } from '../content/types.js';
import { gradeAnswer } from './index.js';

const kp = (id: string, zh: string[], en: string[]): KeyPoint => ({ id, text: id, terms: { zh, en } });
const rubric = [
  kp('scale', ['除以根号d', '缩放'], ['sqrt(d_k)', 'scale by sqrt d']),
  kp('softmax', ['softmax', '归一化'], ['softmax']),
  kp('kv', ['KV缓存', '键值缓存'], ['KV cache']),
  kp('gqa', ['分组查询'], ['GQA']),
];

describe('gradeAnswer', () => {
  it('counts a key point matched by any synonym, in either language', () => {
    const g = gradeAnswer('先算 QK^T，再除以根号 d，然后过 softmax。', rubric);
    expect(g.keyPoints.map((k) => k.covered)).toEqual([true, true, false, false]);
    expect(g).toMatchObject({ covered: 2, total: 4, score: 0.5 });
  });

  it('treats √, sqrt and 根号 as the same, and ignores spacing and math punctuation', () => {
    expect(gradeAnswer('divide by √d_k', rubric).keyPoints[0]?.covered).toBe(true);
    expect(gradeAnswer('divide by sqrt( d_k )', rubric).keyPoints[0]?.matchedTerm).toBe('sqrt(d_k)');
  });

  it('matches Chinese without word segmentation and full-width letters after NFKC', () => {
    expect(gradeAnswer('推理时用ＫＶ缓存省计算', rubric).keyPoints[2]?.covered).toBe(true);
    expect(gradeAnswer('uses a kv-cache', rubric).keyPoints[2]?.covered).toBe(true);
  });

  it('requires short Latin terms to stand as words', () => {
    expect(gradeAnswer('the GQA variant', rubric).keyPoints[3]?.covered).toBe(true);
    expect(gradeAnswer('gqax is not a word we know', rubric).keyPoints[3]?.covered).toBe(false);
  });

  it('gives 0 for an empty answer', () => {
    expect(gradeAnswer('', rubric)).toMatchObject({ covered: 0, score: 0 });
  });
});
