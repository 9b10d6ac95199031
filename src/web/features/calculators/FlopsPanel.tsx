import { useState } from 'react';
import { inferenceFlops, modelFlopsUtilization, trainingFlops, type GpuPreset } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { NumberField, parseNumber } from './fields.js';
import { formatNumber } from './format.js';
import { Result, Steps } from './Steps.js';
import { attempt, type LoadedModel } from './use-model.js';

/** FLOPs: 6ND and the per-token count with attention, prefill and decode, and MFU from a measured throughput. */
export function FlopsPanel({ model, gpu }: { model: LoadedModel; gpu: GpuPreset }) {
  const { t } = useI18n();
  const [tokens, setTokens] = useState('2e12');
  const [seqLen, setSeqLen] = useState('4096');
  const [prompt, setPrompt] = useState('1024');
  const [tokensPerSecond, setTokensPerSecond] = useState('');
  const [gpus, setGpus] = useState('8');
  const result = attempt(() => {
    const training = trainingFlops(model.spec, model.count, { tokens: parseNumber(tokens), seqLen: parseNumber(seqLen) });
    const inference = inferenceFlops(model.spec, model.count, { promptTokens: parseNumber(prompt) });
    const mfu = tokensPerSecond.trim() === '' ? null : modelFlopsUtilization({ tokensPerSecond: parseNumber(tokensPerSecond), flopsPerToken: training.trainingFlopsPerToken, gpus: parseNumber(gpus), peakFlopsPerSecondPerGpu: gpu.peakBf16FlopsPerSecond });
    return { training, inference, mfu };
  });
  return (
    <section className="calc-panel" aria-labelledby="calc-flops">
      <h2 id="calc-flops">{t('calc.flops.title')}</h2>
      <div className="calc-form">
        <NumberField label={t('calc.flops.tokens')} value={tokens} onChange={setTokens} />
        <NumberField label={t('calc.training.seqLen')} value={seqLen} onChange={setSeqLen} />
        <NumberField label={t('calc.flops.prompt')} value={prompt} onChange={setPrompt} />
        <NumberField label={t('calc.flops.tokensPerSecond')} value={tokensPerSecond} onChange={setTokensPerSecond} hint={t('calc.flops.mfuHint', { gpu: gpu.name })} />
        <NumberField label={t('calc.gpus')} value={gpus} onChange={setGpus} />
      </div>
      {result.ok ? (
        <>
          <dl className="calc-results">
            <Result label="6ND" value={formatNumber(result.value.training.trainingFlopsSimple)} testId="flops-6nd" />
            <Result label={t('calc.flops.perToken')} value={formatNumber(result.value.training.trainingFlopsPerToken)} testId="flops-per-token" />
            <Result label={t('calc.flops.prefill')} value={formatNumber(result.value.inference.prefillFlops)} testId="flops-prefill" />
            <Result label={t('calc.flops.decode')} value={formatNumber(result.value.inference.decodeFlopsPerToken)} testId="flops-decode" />
            {result.value.mfu ? <Result label="MFU" value={`${(result.value.mfu.mfu * 100).toFixed(1)}%`} testId="flops-mfu" /> : null}
          </dl>
          <Steps steps={[...result.value.training.steps, ...result.value.inference.steps.slice(1), ...(result.value.mfu?.steps ?? [])]} />
        </>
      ) : (
        <p className="error" role="alert">{result.message}</p>
      )}
    </section>
  );
}
