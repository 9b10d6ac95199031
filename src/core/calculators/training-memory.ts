import { AppError } from '../errors.js';
import { activationMemory, type ActivationInput } from './activations.js';
import { exactStep, formatNumber, plus, requirePositiveInteger, type CalcStep } from './steps.js';

export const optimizers = ['adamw', 'adamw-8bit', 'sgd-momentum', 'sgd'] as const;
export type Optimizer = (typeof optimizers)[number];
/** 'mixed': bf16/fp16 weights and gradients with an fp32 master copy; 'fp32': everything in fp32. */
export type TrainingPrecision = 'mixed' | 'fp32';
export type ZeroStage = 0 | 1 | 2 | 3;

export interface TrainingMemoryInput {
  readonly params: number;
  readonly optimizer: Optimizer;
  readonly precision: TrainingPrecision;
  readonly zeroStage: ZeroStage;
  /** ZeRO shards over the data-parallel group only, not over every GPU. */
  readonly dataParallel: number;
  readonly tensorParallel: number;
  readonly pipelineParallel: number;
  /** ZeRO-Offload: optimizer states (and their fp32 master weights) live in CPU memory. */
  readonly offloadOptimizer: boolean;
  readonly activations?: ActivationInput;
}

export interface TrainingMemoryResult {
  /** Per GPU. */
  readonly weightBytes: number;
  readonly gradientBytes: number;
  readonly optimizerBytes: number;
  readonly activationBytes: number;
  readonly totalBytesPerGpu: number;
  /** Optimizer states held in CPU memory per GPU when offloading. */
  readonly cpuOptimizerBytes: number;
  readonly steps: readonly CalcStep[];
}

interface BytesPerParam {
  readonly weights: number;
  readonly gradients: number;
  /** K in the ZeRO paper: 12 for mixed-precision Adam (fp32 master, momentum, variance). */
  readonly optimizer: number;
  readonly optimizerFormula: string;
}

/** Bytes per parameter for weights, gradients and optimizer states (ZeRO paper §3.1 for mixed-precision Adam). */
export function bytesPerParam(optimizer: Optimizer, precision: TrainingPrecision): BytesPerParam {
  const mixed = precision === 'mixed';
  const master = mixed ? 4 : 0;
  const masterText = mixed ? '4 (fp32 master) + ' : '';
  const states: Record<Optimizer, readonly [number, string]> = {
    adamw: [8, '4 (momentum) + 4 (variance)'],
    // bitsandbytes 8-bit Adam: one byte per state; the block-wise absmax scales (one fp32 per 2,048 values) are ignored.
    'adamw-8bit': [2, '1 (momentum) + 1 (variance)'],
    'sgd-momentum': [4, '4 (momentum)'],
    sgd: [0, '0'],
  };
  const [stateBytes, stateText] = states[optimizer];
  return {
    weights: mixed ? 2 : 4,
    gradients: mixed ? 2 : 4,
    optimizer: master + stateBytes,
    optimizerFormula: `${masterText}${stateText}`,
  };
}

/** Per-GPU training memory: model states under ZeRO over the data-parallel degree, tensor/pipeline splits, activations. */
export function trainingMemory(input: TrainingMemoryInput): TrainingMemoryResult {
  const params = requirePositiveInteger('params', input.params);
  const dp = requirePositiveInteger('data-parallel degree', input.dataParallel);
  const tp = requirePositiveInteger('tensor-parallel degree', input.tensorParallel);
  const pp = requirePositiveInteger('pipeline-parallel degree', input.pipelineParallel);
  if (![0, 1, 2, 3].includes(input.zeroStage)) throw new AppError('calc/invalid-input', `ZeRO stage must be 0, 1, 2 or 3, got ${String(input.zeroStage)}`);
  const per = bytesPerParam(input.optimizer, input.precision);
  const steps: CalcStep[] = [];
  const shard = exactStep('parameters per model-parallel rank', '⌈Ψ / (t · p)⌉', `⌈${formatNumber(params)} / (${tp} × ${pp})⌉`, Math.ceil(params / (tp * pp)), 'params');
  steps.push(shard);
  const split = (sharded: boolean): number => (sharded ? Math.ceil(shard.value / dp) : shard.value);
  const shardText = (sharded: boolean): string => (sharded ? `⌈${formatNumber(shard.value)} / ${dp}⌉` : formatNumber(shard.value));
  const stage = input.zeroStage;
  const weights = exactStep('weights', stage >= 3 ? `${per.weights} · Ψ_mp / N_d (ZeRO-3)` : `${per.weights} · Ψ_mp`, `${per.weights} × ${shardText(stage >= 3)}`, per.weights * split(stage >= 3), 'bytes');
  const gradients = exactStep('gradients', stage >= 2 ? `${per.gradients} · Ψ_mp / N_d (ZeRO-2+)` : `${per.gradients} · Ψ_mp`, `${per.gradients} × ${shardText(stage >= 2)}`, per.gradients * split(stage >= 2), 'bytes');
  const optimizerAll = exactStep(
    `optimizer states (K = ${per.optimizer}: ${per.optimizerFormula})`,
    stage >= 1 ? 'K · Ψ_mp / N_d (ZeRO-1+)' : 'K · Ψ_mp',
    `${per.optimizer} × ${shardText(stage >= 1)}`,
    per.optimizer * split(stage >= 1),
    'bytes',
  );
  steps.push(weights, gradients, optimizerAll);
  const optimizerOnGpu = input.offloadOptimizer ? 0 : optimizerAll.value;
  if (input.offloadOptimizer) steps.push(exactStep('optimizer states offloaded to CPU', 'GPU keeps 0', '0', 0, 'bytes'));
  let activationBytes = 0;
  if (input.activations) {
    const act = activationMemory({ ...input.activations, tensorParallel: tp });
    steps.push(...act.steps);
    activationBytes = act.activationBytes;
  }
  const total = exactStep('total per GPU', 'weights + gradients + optimizer + activations', plus(weights.value, gradients.value, optimizerOnGpu, activationBytes), weights.value + gradients.value + optimizerOnGpu + activationBytes, 'bytes');
  steps.push(total);
  return {
    weightBytes: weights.value,
    gradientBytes: gradients.value,
    optimizerBytes: optimizerOnGpu,
    activationBytes,
    totalBytesPerGpu: total.value,
    cpuOptimizerBytes: input.offloadOptimizer ? optimizerAll.value : 0,
    steps,
  };
}
