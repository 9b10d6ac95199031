import { AppError } from '../../../core/errors.js';
import {
  chinchillaApproach3,
  chinchillaByTokensPerParam,
  chinchillaLoss,
  countParams,
  gpuPresets,
  kaplanLoss,
  modelPresets,
  optimizers,
  formatNumber,
  trainingMemory,
  type Optimizer,
  type Recompute,
  type TrainingPrecision,
  type ZeroStage,
} from '../../../core/calculators/index.js';
import type { CliContext } from '../../context.js';
import { loadModel, modelFlags, numberFlag, parseFlags, printResult, stringFlag, type OptionValues } from './options.js';

function pick<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (!found) throw new AppError('calc/invalid-input', `--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  return found;
}

const zeroStages: readonly ZeroStage[] = [0, 1, 2, 3];

function hasModel(values: OptionValues): boolean {
  return values['preset'] !== undefined || values['config'] !== undefined;
}

/** `calc train-memory`: per-GPU memory for training with ZeRO, parallelism, offload and activations. */
export function runTrainMemory(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, {
    ...modelFlags,
    params: { type: 'string' },
    optimizer: { type: 'string' },
    precision: { type: 'string' },
    zero: { type: 'string' },
    dp: { type: 'string' },
    tp: { type: 'string' },
    pp: { type: 'string' },
    offload: { type: 'boolean' },
    'seq-len': { type: 'string' },
    'micro-batch': { type: 'string' },
    recompute: { type: 'string' },
    'sequence-parallel': { type: 'boolean' },
    'flash-attention': { type: 'boolean' },
  });
  const model = hasModel(values) ? loadModel(values) : null;
  const params = model ? countParams(model.spec).total : numberFlag(values, 'params');
  const zero = zeroStages.find((s) => s === numberFlag(values, 'zero', 0));
  if (zero === undefined) throw new AppError('calc/invalid-input', '--zero must be 0, 1, 2 or 3');
  const result = trainingMemory({
    params,
    optimizer: pick<Optimizer>('optimizer', stringFlag(values, 'optimizer', 'adamw'), optimizers),
    precision: pick<TrainingPrecision>('precision', stringFlag(values, 'precision', 'mixed'), ['mixed', 'fp32']),
    zeroStage: zero,
    dataParallel: numberFlag(values, 'dp', 1),
    tensorParallel: numberFlag(values, 'tp', 1),
    pipelineParallel: numberFlag(values, 'pp', 1),
    offloadOptimizer: values['offload'] === true,
    activations:
      model && values['seq-len'] !== undefined
        ? {
            seqLen: numberFlag(values, 'seq-len'),
            microBatch: numberFlag(values, 'micro-batch', 1),
            hiddenSize: model.spec.hiddenSize,
            heads: model.spec.attention.heads,
            layers: model.spec.layers,
            recompute: pick<Recompute>('recompute', stringFlag(values, 'recompute', 'none'), ['none', 'selective', 'full']),
            sequenceParallel: values['sequence-parallel'] === true,
            flashAttention: values['flash-attention'] === true,
          }
        : undefined,
  });
  const { steps, ...rest } = result;
  printResult(ctx, values, { model: model?.label ?? null, params, ...rest }, steps);
  return 0;
}

/** `calc chinchilla`: compute-optimal N and D for a budget, or the budget and predicted loss for a given N and D. */
export function runChinchilla(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, { compute: { type: 'string' }, params: { type: 'string' }, tokens: { type: 'string' }, 'tokens-per-param': { type: 'string' } });
  const compute = values['compute'] !== undefined ? numberFlag(values, 'compute') : 6 * numberFlag(values, 'params') * numberFlag(values, 'tokens');
  const rule = chinchillaByTokensPerParam(compute, numberFlag(values, 'tokens-per-param', 20));
  const fit = chinchillaApproach3(compute);
  const n = values['params'] !== undefined ? numberFlag(values, 'params') : rule.params;
  const d = values['tokens'] !== undefined ? numberFlag(values, 'tokens') : rule.tokens;
  const loss = chinchillaLoss(n, d);
  const kaplan = kaplanLoss(n, d);
  printResult(
    ctx,
    values,
    { computeFlops: compute, ruleParams: rule.params, ruleTokens: rule.tokens, approach3Params: fit.params, approach3Tokens: fit.tokens, chinchillaLoss: loss.loss, kaplanLoss: kaplan.loss },
    [...rule.steps, ...fit.steps, ...loss.steps, ...kaplan.steps],
  );
  return 0;
}

/** `calc presets`: the bundled models (with their published counts) and GPUs. */
export function runPresets(ctx: CliContext, args: readonly string[]): number {
  const values = parseFlags(args, {});
  const models = modelPresets.map((p) => ({ id: p.id, name: p.name, total: p.published.exactTotal, stated: p.published.statedTotal, basis: p.published.basis, source: p.published.source }));
  if (values['json'] === true) {
    ctx.out(JSON.stringify({ models, gpus: gpuPresets }));
    return 0;
  }
  ctx.out('models (--preset):');
  for (const m of models) ctx.out(`  ${m.id.padEnd(16)} ${m.name.padEnd(36)} ${formatNumber(m.total).padStart(15)}  ${m.stated}`);
  ctx.out('gpus (--gpu):');
  for (const g of gpuPresets) ctx.out(`  ${g.id.padEnd(16)} ${g.name}`);
  return 0;
}
