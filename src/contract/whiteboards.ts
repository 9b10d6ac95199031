import { z } from 'zod';

export const whiteboardParam = z.object({ questionId: z.string().regex(/^[a-z0-9-]{1,120}$/, 'a question id is kebab-case') });

/** PUT /api/whiteboards/:questionId — the drawing is an Excalidraw scene ({ elements, files }), kept as JSON. */
export const whiteboardSave = z.object({
  scene: z.object({ elements: z.array(z.record(z.string(), z.unknown())).max(20_000), files: z.record(z.string(), z.unknown()).optional() }),
  checked: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(50),
});

export interface WhiteboardView {
  readonly questionId: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly promptHtml: string;
  readonly shortAnswerHtml: string;
  readonly detailedAnswerHtml: string;
  /** The module checklist (the question's key points) with what the user ticked. */
  readonly checklist: readonly { id: string; textHtml: string; checked: boolean }[];
  readonly scene: { elements: unknown[]; files?: Record<string, unknown> } | null;
  readonly updatedAt: string | null;
}

export interface DesignQuestion {
  readonly questionId: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly promptHtml: string;
  readonly drawn: boolean;
}
