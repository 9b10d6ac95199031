import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../../core/errors.js';
import { findModelPreset, formatNumber, parseModelConfigText, type CalcStep, type ModelSpec } from '../../../core/calculators/index.js';
import type { CliContext } from '../../context.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Parse one subcommand's flags strictly; an unknown flag is a calc/invalid-input error naming it. */
export function parseFlags(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): OptionValues {
  try {
    return parseArgs({ args: [...args], options: { ...options, json: { type: 'boolean' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new AppError('calc/invalid-input', error instanceof Error ? error.message : String(error));
  }
}

/** A numeric flag ("4096", "5.88e23"), or the fallback when absent. */
export function numberFlag(values: OptionValues, name: string, fallback?: number): number {
  const raw = values[name];
  if (raw === undefined) {
    if (fallback === undefined) throw new AppError('calc/invalid-input', `--${name} is required`);
    return fallback;
  }
  const value = typeof raw === 'string' ? Number(raw.replaceAll('_', '')) : Number.NaN;
  if (!Number.isFinite(value)) throw new AppError('calc/invalid-input', `--${name} must be a number, got ${JSON.stringify(raw)}`);
  return value;
}

export function stringFlag(values: OptionValues, name: string, fallback: string): string {
  const raw = values[name];
  return typeof raw === 'string' ? raw : fallback;
}

export const modelFlags = { config: { type: 'string' }, preset: { type: 'string' } } as const;

/** The model named by --preset or read from the config.json at --config. */
export function loadModel(values: OptionValues): { readonly label: string; readonly spec: ModelSpec } {
  const preset = values['preset'];
  const config = values['config'];
  if (typeof preset === 'string' && typeof config === 'string') throw new AppError('calc/invalid-input', 'give either --preset or --config, not both');
  if (typeof preset === 'string') {
    const found = findModelPreset(preset);
    return { label: found.id, spec: parseModelConfigText(JSON.stringify(found.config)) };
  }
  if (typeof config === 'string') {
    let text: string;
    try {
      text = readFileSync(config, 'utf8');
    } catch (error) {
      throw new AppError('calc/invalid-input', `cannot read --config ${config}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { label: config, spec: parseModelConfigText(text) };
  }
  throw new AppError('calc/invalid-input', 'give a model with --preset <id> (see `llmprep calc presets`) or --config <config.json>');
}

const unitSuffix: Record<CalcStep['unit'], string> = {
  params: 'params',
  bytes: 'B',
  FLOPs: 'FLOPs',
  'FLOP/s': 'FLOP/s',
  tokens: 'tokens',
  'tokens/s': 'tokens/s',
  s: 's',
  ratio: '',
  loss: 'nats/token',
  count: '',
};

/** Bytes also as GB / GiB, so "1,342,177,280 B" reads as "1.342 GB (1.25 GiB)". */
function humanBytes(bytes: number): string {
  return bytes >= 1e6 ? ` (${formatNumber(bytes / 1e9)} GB, ${formatNumber(bytes / 2 ** 30)} GiB)` : '';
}

/** Print the result as JSON with --json, else as readable lines followed by every formula with its numbers. */
export function printResult(ctx: CliContext, values: OptionValues, result: Readonly<Record<string, unknown>>, steps: readonly CalcStep[]): void {
  if (values['json'] === true) {
    ctx.out(JSON.stringify({ ...result, steps }));
    return;
  }
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'object' && value !== null) ctx.out(`${key}: ${JSON.stringify(value)}`);
    else ctx.out(`${key}: ${typeof value === 'number' ? formatNumber(value) : String(value)}`);
  }
  ctx.out('');
  ctx.out('how:');
  for (const s of steps) {
    const unit = unitSuffix[s.unit];
    ctx.out(`  ${s.label}`);
    ctx.out(`    ${s.formula}`);
    ctx.out(`    = ${s.substituted}`);
    ctx.out(`    = ${formatNumber(s.value)}${unit ? ` ${unit}` : ''}${s.unit === 'bytes' ? humanBytes(s.value) : ''}`);
  }
}
