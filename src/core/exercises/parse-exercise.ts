import { z } from 'zod';
import { AppError } from '../errors.js';
import { findTopic } from '../syllabus/index.js';
import type { Exercise, ExerciseFiles, ExerciseMistake, PropertyCheck } from './types.js';
import { decodeValue, type Json } from './value.js';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const metaSchema = z.strictObject({
  title: bilingual,
  topics: z.array(z.string().regex(/^\d{1,2}\.\d{1,2}$/)).min(1),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  function: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  hints: z.object({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }),
  timeLimitMs: z.number().int().min(1000).max(60_000).optional(),
});

const tolerance = { atol: z.number().min(0).optional(), rtol: z.number().min(0).optional() };
const jsonValue = z.json();

const momentsSchema = z.strictObject({
  property: z.literal('moments'),
  shape: z.array(z.number().int().min(0)),
  mean: z.number(),
  meanAtol: z.number().min(0),
  std: z.number().min(0),
  stdRtol: z.number().min(0),
  maxAbs: z.number().min(0).optional(),
});

const caseSchema = z.strictObject({
  name: z.string().min(1),
  visible: z.boolean().optional(),
  inputs: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), jsonValue),
  expected: jsonValue.optional(),
  check: momentsSchema.optional(),
  ...tolerance,
});

const casesSchema = z.strictObject({ ...tolerance, cases: z.array(caseSchema).min(3) });

/** Defaults when neither the case nor the file sets a tolerance: float64 arithmetic done in another order. */
export const defaultTolerance = { atol: 1e-6, rtol: 1e-5 } as const;
export const defaultTimeLimitMs = 10_000;

function parseJson(text: string | undefined, file: string): unknown {
  if (text === undefined) throw new Error(`${file} is missing`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every problem found in an exercise folder (empty when it is valid). */
export function checkExerciseFiles(input: ExerciseFiles): string[] {
  try {
    parseExercise(input);
    return [];
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n');
  }
}

/** Parse and check one exercise folder's files; throws AppError('exercise/invalid') listing every problem. */
export function parseExercise(input: ExerciseFiles): Exercise {
  const { slug, files } = input;
  const problems: string[] = [];
  const fail = (): never => {
    throw new AppError('exercise/invalid', problems.map((p) => `exercises/${slug}: ${p}`).join('\n'));
  };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) problems.push('the folder name must be a kebab-case slug');
  let metaRaw: unknown;
  let casesRaw: unknown;
  try {
    metaRaw = parseJson(files['meta.json'], 'meta.json');
    casesRaw = parseJson(files['cases.json'], 'cases.json');
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return fail();
  }
  const meta = metaSchema.safeParse(metaRaw);
  const cases = casesSchema.safeParse(casesRaw);
  if (!meta.success) problems.push(...meta.error.issues.map((i) => `meta.json ${i.path.join('.')}: ${i.message}`));
  if (!cases.success) problems.push(...cases.error.issues.map((i) => `cases.json ${i.path.join('.')}: ${i.message}`));
  if (!meta.success || !cases.success) return fail();
  const functionName = meta.data.function;
  for (const topic of meta.data.topics) if (!findTopic(topic)) problems.push(`meta.json topics: "${topic}" is not a syllabus topic`);
  for (const file of ['statement.zh.md', 'statement.en.md'] as const) if (!files[file]?.trim()) problems.push(`${file} is missing or empty`);
  for (const file of ['starter.py', 'solution.py'] as const) {
    if (!new RegExp(`^def ${functionName}\\(`, 'm').test(files[file] ?? '')) problems.push(`${file} must define "def ${functionName}(" at the top level`);
  }
  const mistakes = parseMistakes(input.mistakes ?? {}, functionName, problems);
  if (!cases.data.cases.some((c) => c.visible)) problems.push('cases.json: mark at least one case "visible": true (what Run executes)');
  cases.data.cases.forEach((c, i) => {
    if ((c.expected === undefined) === (c.check === undefined)) problems.push(`cases.json cases.${i} ("${c.name}"): give exactly one of "expected" or "check"`);
    for (const [key, value] of Object.entries(c.inputs)) {
      try {
        decodeValue(value as Json, `cases.${i}.inputs.${key}`);
      } catch (error) {
        problems.push(`cases.json ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (c.expected !== undefined) {
      try {
        decodeValue(c.expected as Json, `cases.${i}.expected`);
      } catch (error) {
        problems.push(`cases.json ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
  if (problems.length > 0) return fail();
  const atol = cases.data.atol ?? defaultTolerance.atol;
  const rtol = cases.data.rtol ?? defaultTolerance.rtol;
  return {
    slug,
    title: meta.data.title,
    topics: meta.data.topics,
    difficulty: meta.data.difficulty,
    functionName,
    statement: { zh: stripMarkers(files['statement.zh.md'] ?? ''), en: stripMarkers(files['statement.en.md'] ?? '') },
    hints: meta.data.hints,
    starter: files['starter.py'] ?? '',
    solution: files['solution.py'] ?? '',
    mistakes,
    timeLimitMs: meta.data.timeLimitMs ?? defaultTimeLimitMs,
    cases: cases.data.cases.map((c) => {
      const check: PropertyCheck | undefined = c.check;
      return {
        name: c.name,
        visible: c.visible ?? false,
        inputs: c.inputs as Record<string, Json>,
        ...(c.expected !== undefined ? { expected: c.expected as Json } : {}),
        ...(check ? { check } : {}),
        atol: c.atol ?? atol,
        rtol: c.rtol ?? rtol,
      };
    }),
  };
}

/** mistakes/<name>.py: a kebab-case name, a first-line `# what is wrong` comment, the function at the top level. */
function parseMistakes(files: Readonly<Record<string, string>>, functionName: string, problems: string[]): ExerciseMistake[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, code]) => {
      const name = file.replace(/\.py$/, '');
      const description = /^#\s*(\S.*)$/.exec((code.split('\n', 1)[0] ?? '').trimEnd())?.[1] ?? '';
      if (!/^[a-z0-9]+(-[a-z0-9]+)*\.py$/.test(file)) problems.push(`mistakes/${file}: name it <kebab-case>.py`);
      if (!description) problems.push(`mistakes/${file}: start with a one-line "# what the mistake is" comment`);
      if (!new RegExp(`^def ${functionName}\\(`, 'm').test(code)) problems.push(`mistakes/${file} must define "def ${functionName}(" at the top level`);
      return { name, description, code };
    });
}

/** Drop the authoring markers around the generated worked example (the app renders markdown without raw HTML). */
function stripMarkers(markdown: string): string {
  return markdown.replace(/^<!-- example:(start|end) -->\n?/gm, '');
}
