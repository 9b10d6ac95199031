import OpenAI from 'openai';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { LlmConfig, LlmGrade, LlmGrader, LlmGradeRequest } from '../services/ports.js';
import { gradingMessages } from './prompt.js';

const verdict = z.object({
  keyPoints: z.array(z.object({ id: z.string(), covered: z.boolean(), comment: z.string().default('') })),
  feedback: z.string().default(''),
});

/** The first {...} block of a reply: some local models wrap JSON in prose or a code fence despite instructions. */
function extractJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error('no JSON object in the reply');
  return JSON.parse(text.slice(start, end + 1));
}

/** Grades with any OpenAI-compatible chat-completions server through the official openai SDK. */
export function createOpenAiGrader(options: { timeoutMs?: number } = {}): LlmGrader {
  return {
    async grade(config: LlmConfig, request: LlmGradeRequest): Promise<LlmGrade> {
      const client = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey || 'not-needed', maxRetries: 0, timeout: options.timeoutMs ?? 120_000 });
      let content: string;
      try {
        const completion = await client.chat.completions.create({ model: config.model, messages: gradingMessages(request), temperature: 0 });
        content = completion.choices[0]?.message?.content ?? '';
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AppError('llm/unavailable', `the LLM server at ${config.baseUrl} did not answer: ${reason}`);
      }
      let parsed: z.infer<typeof verdict>;
      try {
        parsed = verdict.parse(extractJson(content));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AppError('llm/bad-response', `the model's reply was not the expected JSON (${reason}): ${content.slice(0, 200)}`);
      }
      // Keep exactly the rubric's key points, in order; anything the model invented is dropped.
      const byId = new Map(parsed.keyPoints.map((k) => [k.id, k]));
      return {
        keyPoints: request.keyPoints.map((k) => ({ id: k.id, covered: byId.get(k.id)?.covered ?? false, comment: byId.get(k.id)?.comment ?? '' })),
        feedback: parsed.feedback,
      };
    },
  };
}
