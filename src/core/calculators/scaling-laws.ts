import { formatNumber, realStep, requirePositive, type CalcStep } from './steps.js';

/** Hoffmann et al. 2022 (Chinchilla), Approach 3 fit: L(N, D) = E + A/N^α + B/D^β. */
export const chinchillaFit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const;

/** Kaplan et al. 2020: L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D, N counting non-embedding parameters. */
export const kaplanFit = { Nc: 8.8e13, Dc: 5.4e13, alphaN: 0.076, alphaD: 0.095 } as const;

export interface ComputeOptimal {
  readonly params: number;
  readonly tokens: number;
  readonly steps: readonly CalcStep[];
}

/** The "~20 tokens per parameter" rule with C = 6·N·D: N = √(C / (6·r)), D = r·N. */
export function chinchillaByTokensPerParam(computeFlops: number, tokensPerParam = 20): ComputeOptimal {
  const c = requirePositive('compute (FLOPs)', computeFlops);
  const r = requirePositive('tokens per parameter', tokensPerParam);
  const n = realStep('compute-optimal parameters', 'N = √(C / (6 · r))', `√(${formatNumber(c)} / (6 × ${formatNumber(r)}))`, Math.sqrt(c / (6 * r)), 'params');
  const d = realStep('compute-optimal tokens', 'D = r · N', `${formatNumber(r)} × ${formatNumber(n.value)}`, r * n.value, 'tokens');
  return { params: n.value, tokens: d.value, steps: [n, d] };
}

/**
 * Chinchilla Approach 3: minimise the fitted L(N, D) under C = 6ND, giving N_opt = G·(C/6)^a, D_opt = (C/6)^b / G with
 * a = β/(α+β), b = α/(α+β), G = (α·A / (β·B))^(1/(α+β)). This fit favours smaller models than Approaches 1 and 2.
 */
export function chinchillaApproach3(computeFlops: number): ComputeOptimal {
  const c = requirePositive('compute (FLOPs)', computeFlops);
  const { A, B, alpha, beta } = chinchillaFit;
  const g = (alpha * A / (beta * B)) ** (1 / (alpha + beta));
  const a = beta / (alpha + beta);
  const b = alpha / (alpha + beta);
  const gStep = realStep('G', 'G = (α·A / (β·B))^(1/(α+β))', `(${alpha} × ${A} / (${beta} × ${B}))^(1/${alpha + beta})`, g, 'ratio');
  const n = realStep('compute-optimal parameters (Approach 3)', 'N = G · (C/6)^(β/(α+β))', `${formatNumber(g)} × (${formatNumber(c)} / 6)^${formatNumber(a)}`, g * (c / 6) ** a, 'params');
  const d = realStep('compute-optimal tokens (Approach 3)', 'D = (C/6)^(α/(α+β)) / G', `(${formatNumber(c)} / 6)^${formatNumber(b)} / ${formatNumber(g)}`, (c / 6) ** b / g, 'tokens');
  return { params: n.value, tokens: d.value, steps: [gStep, n, d] };
}

/** Predicted loss of the Chinchilla fit for N parameters trained on D tokens. */
export function chinchillaLoss(params: number, tokens: number): { readonly loss: number; readonly steps: readonly CalcStep[] } {
  const n = requirePositive('parameters', params);
  const d = requirePositive('tokens', tokens);
  const { E, A, B, alpha, beta } = chinchillaFit;
  const loss = realStep('predicted loss (Chinchilla fit)', 'L = E + A/N^α + B/D^β', `${E} + ${A}/${formatNumber(n)}^${alpha} + ${B}/${formatNumber(d)}^${beta}`, E + A / n ** alpha + B / d ** beta, 'loss');
  return { loss: loss.value, steps: [loss] };
}

/** Predicted loss of Kaplan's L(N, D) for N non-embedding parameters and D tokens. */
export function kaplanLoss(nonEmbeddingParams: number, tokens: number): { readonly loss: number; readonly steps: readonly CalcStep[] } {
  const n = requirePositive('non-embedding parameters', nonEmbeddingParams);
  const d = requirePositive('tokens', tokens);
  const { Nc, Dc, alphaN, alphaD } = kaplanFit;
  const loss = realStep(
    'predicted loss (Kaplan fit; N counts non-embedding parameters)',
    'L = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D',
    `[(${formatNumber(Nc)}/${formatNumber(n)})^(${alphaN}/${alphaD}) + ${formatNumber(Dc)}/${formatNumber(d)}]^${alphaD}`,
    ((Nc / n) ** (alphaN / alphaD) + Dc / d) ** alphaD,
    'loss',
  );
  return { loss: loss.value, steps: [loss] };
}
