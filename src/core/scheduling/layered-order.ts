import { tierOf } from '../syllabus/index.js';

/**
 * The order in which new cards are introduced: the core tier (1.x–6.x) before the advanced tier, then by
 * topic id, then by the question's position in its topic (definition questions come first in every topic).
 * Category numbers already put core first, but the tier is kept explicit because it is the rule.
 */
export function newCardRank(topicId: string, questionIndex: number): number {
  const [major = 0, minor = 0] = topicId.split('.').map(Number);
  const tier = tierOf(topicId) === 'core' ? 0 : 1;
  return tier * 10_000_000 + major * 100_000 + minor * 100 + questionIndex;
}
