/**
 * Normalization for matching rubric terms in a free-text answer: the same fact is written many ways
 * (`sqrt(d_k)`, `√d_k`, `√(d_k)`, `根号 d_k`; `KV cache`, `KV-Cache`, `kv缓存`). Both the term and the answer
 * go through the same function, so the comparison is symmetric.
 */
const equivalents: readonly [RegExp, string][] = [
  [/√|根号/g, 'sqrt'],
  [/×|✕/g, 'x'],
  [/−|–|—/g, '-'],
  [/ᵀ|\^t\b|\^\\top/g, 'transpose'],
];

/** Lower-case, NFKC (full-width → half-width), symbol synonyms unified. */
export function normalizeLoose(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of equivalents) out = out.replace(pattern, replacement);
  return out;
}

/** The loose form with every space, punctuation mark and math delimiter removed: "sqrt(d_k)" → "sqrtdk". */
export function normalizeCompact(text: string): string {
  return normalizeLoose(text).replace(/[\s\p{P}\p{S}]/gu, '');
}
