import { exactStep, times, requirePositiveInteger, type CalcStep } from './steps.js';

export type Recompute = 'none' | 'selective' | 'full';

export interface ActivationInput {
  readonly seqLen: number;
  readonly microBatch: number;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly layers: number;
  readonly recompute: Recompute;
  /** Megatron sequence parallelism: shards the LayerNorm/dropout activations over the tensor-parallel group too. */
  readonly sequenceParallel: boolean;
  /** FlashAttention never stores the s×s score matrices, removing the 5·a·s²·b term like selective recomputation. */
  readonly flashAttention: boolean;
  readonly tensorParallel?: number;
}

export interface ActivationResult {
  readonly activationBytesPerLayer: number;
  readonly activationBytes: number;
  readonly steps: readonly CalcStep[];
}

/**
 * Activation memory of a GPT-style layer in 16-bit (Korthikanti et al. 2022, "Reducing Activation Recomputation in
 * Large Transformer Models", Table 2): s·b·h·(34 + 5·a·s/h) bytes per layer without parallelism. The 34 assumes a 4h
 * MLP and dropout masks; SwiGLU models differ by a few s·b·h. With 1F1B pipelining the first stage holds p
 * micro-batches of L/p layers, so a GPU holds L layers' worth whatever p is.
 */
export function activationMemory(input: ActivationInput): ActivationResult {
  const s = requirePositiveInteger('sequence length', input.seqLen);
  const b = requirePositiveInteger('micro-batch', input.microBatch);
  const h = requirePositiveInteger('hidden size', input.hiddenSize);
  const a = requirePositiveInteger('heads', input.heads);
  const layers = requirePositiveInteger('layers', input.layers);
  const t = requirePositiveInteger('tensor-parallel degree', input.tensorParallel ?? 1);
  const sbh = s * b * h;
  const scores = input.flashAttention || input.recompute !== 'none' ? 0 : 5 * a * s * s * b;
  let perLayer: CalcStep;
  if (input.recompute === 'full') {
    // Only each layer's input is kept; everything else is recomputed in the backward pass.
    perLayer = exactStep('activations per layer (full recomputation)', input.sequenceParallel ? '2·s·b·h / t' : '2·s·b·h', `2 × ${times(s, b, h)}${input.sequenceParallel ? ` / ${t}` : ''}`, Math.ceil((2 * sbh) / (input.sequenceParallel ? t : 1)), 'bytes');
  } else if (input.sequenceParallel) {
    perLayer = exactStep(
      'activations per layer (tensor + sequence parallel)',
      scores > 0 ? '(34·s·b·h + 5·a·s²·b) / t' : '34·s·b·h / t',
      `(34 × ${times(s, b, h)}${scores > 0 ? ` + 5 × ${times(a, s, s, b)}` : ''}) / ${t}`,
      Math.ceil((34 * sbh + scores) / t),
      'bytes',
    );
  } else {
    // Without sequence parallelism 10·s·b·h (norms, dropout, residual inputs) is replicated on every tensor rank.
    perLayer = exactStep(
      'activations per layer',
      scores > 0 ? '10·s·b·h + 24·s·b·h / t + 5·a·s²·b / t' : '10·s·b·h + 24·s·b·h / t',
      `10 × ${times(s, b, h)} + 24 × ${times(s, b, h)} / ${t}${scores > 0 ? ` + 5 × ${times(a, s, s, b)} / ${t}` : ''}`,
      10 * sbh + Math.ceil((24 * sbh + scores) / t),
      'bytes',
    );
  }
  const total = exactStep('activations, all layers', 'L · per layer (1F1B: p stages × p micro-batches in flight)', times(layers, perLayer.value), layers * perLayer.value, 'bytes');
  return { activationBytesPerLayer: perLayer.value, activationBytes: total.value, steps: [perLayer, total] };
}
