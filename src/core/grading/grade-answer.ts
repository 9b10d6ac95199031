import type { KeyPoint } from '../content/types.js';
import { normalizeCompact, normalizeLoose } from './normalize.js';

export interface KeyPointResult {
  readonly id: string;
  readonly text: string;
  readonly covered: boolean;
  /** The rubric term that was found in the answer, when covered. */
  readonly matchedTerm: string | null;
}

export interface AnswerGrade {
  readonly covered: number;
  readonly total: number;
  /** covered / total, 0–1. */
  readonly score: number;
  readonly keyPoints: readonly KeyPointResult[];
}

const latinOnly = /^[a-z0-9 ._+\-/()]+$/i;

/**
 * Whether `term` occurs in the answer. Short Latin terms ("KV", "GQA", "MoE") must stand as words, so that
 * "kv" is not found inside "kvetch"; everything else is compared in compact form, so spacing, hyphens and
 * math punctuation do not matter and Chinese needs no word segmentation.
 */
function contains(answer: { loose: string; compact: string }, term: string): boolean {
  const compactTerm = normalizeCompact(term);
  if (compactTerm.length === 0) return false;
  if (latinOnly.test(term) && compactTerm.length <= 4) {
    const escaped = normalizeLoose(term).trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]*');
    return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(answer.loose);
  }
  return answer.compact.includes(compactTerm);
}

/**
 * Grade a spoken or typed answer against a question's key points: a key point is covered when any of its
 * terms, in either language, appears in the answer. This is the offline grader: it checks coverage of the
 * rubric, not whether the reasoning is right, and says so in the UI.
 */
export function gradeAnswer(answer: string, keyPoints: readonly KeyPoint[]): AnswerGrade {
  const normalized = { loose: normalizeLoose(answer), compact: normalizeCompact(answer) };
  const results = keyPoints.map((kp) => {
    const matchedTerm = [...kp.terms.zh, ...kp.terms.en].find((term) => contains(normalized, term)) ?? null;
    return { id: kp.id, text: kp.text, covered: matchedTerm !== null, matchedTerm };
  });
  const covered = results.filter((r) => r.covered).length;
  return { covered, total: results.length, score: results.length === 0 ? 0 : covered / results.length, keyPoints: results };
}
