import type { LlmGradeRequest } from '../services/ports.js';

/**
 * The grading prompt. The rubric is the product's key points; the model must answer in JSON so the verdict can
 * be validated field by field instead of trusted as prose.
 */
export function gradingMessages(request: LlmGradeRequest): { role: 'system' | 'user'; content: string }[] {
  const language = request.lang === 'zh' ? 'Chinese (简体中文)' : 'English';
  const system = [
    'You are a senior interviewer for LLM algorithm engineer roles, grading a candidate answer against a rubric.',
    'For each key point decide whether the answer states it correctly (a wrong statement does not count).',
    `Write every comment and the feedback in ${language}, briefly and concretely.`,
    'Reply with JSON only, exactly: {"keyPoints":[{"id":"<key point id>","covered":true|false,"comment":"<one sentence>"}],"feedback":"<2-4 sentences>"}.',
  ].join('\n');
  const rubric = request.keyPoints.map((k) => `- ${k.id}: ${k.text}`).join('\n');
  const user = `Question:\n${request.question}\n\nReference answer (for you, not the candidate):\n${request.referenceAnswer}\n\nKey points (rubric):\n${rubric}\n\nCandidate answer:\n${request.answer}`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
