export { gradeAnswer, type AnswerGrade, type KeyPointResult } from './grade-answer.js';
export { normalizeCompact, normalizeLoose } from './normalize.js';
