/**
 * Tokens for a search index over mixed Chinese and English text. Latin runs become lower-cased words; runs of
 * CJK characters become overlapping character bigrams (编码器 → 编码, 码器), the standard dictionary-free way
 * to index Chinese: a two-character word such as 蒸馏 or 编码 is always one token, which a trigram index
 * cannot match, and word segmentation dictionaries split technical terms badly. A lone CJK character is kept
 * as a unigram so one-character queries still work.
 */
const cjk = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const run = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+(?:[._'-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(run)) {
    const piece = match[0];
    if (!cjk.test(piece)) {
      tokens.push(piece);
      // "top-p", "kv-cache", "d_k": index the parts too, so "cache" finds "kv-cache".
      if (/[._'-]/.test(piece)) tokens.push(...piece.split(/[._'-]/).filter((p) => p.length > 0));
      continue;
    }
    const chars = [...piece];
    if (chars.length === 1) tokens.push(piece);
    for (let i = 0; i + 1 < chars.length; i += 1) tokens.push(`${chars[i]}${chars[i + 1]}`);
  }
  return tokens;
}
