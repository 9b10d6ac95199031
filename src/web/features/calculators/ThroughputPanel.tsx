import { useState } from 'react';
import { dtypes, inferenceFlops, kvCache, matmulParams, throughputBounds, weightMemory, type Dtype, type GpuPreset } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { NumberField, SelectField, parseNumber } from './fields.js';
import { formatSeconds } from './format.js';
import { Result, Steps } from './Steps.js';
import { attempt, type LoadedModel } from './use-model.js';

/** Roofline bounds: decode step time (memory- vs compute-bound), prefill time, the batch where decode turns compute-bound. */
export function ThroughputPanel({ model, gpu }: { model: LoadedModel; gpu: GpuPreset }) {
  const { t } = useI18n();
  const [dtype, setDtype] = useState<Dtype>('bf16');
  const [gpus, setGpus] = useState('1');
  const [batch, setBatch] = useState('1');
  const [context, setContext] = useState('1024');
  const result = attempt(() => {
    const weights = weightMemory({ params: model.count.total, dtype });
    const ctx = parseNumber(context);
    const kv = kvCache({ spec: model.spec, dtype: 'bf16', batch: 1, contextTokens: ctx });
    const prefill = inferenceFlops(model.spec, model.count, { promptTokens: ctx });
    const n = matmulParams(model.spec, model.count);
    return throughputBounds({
      peakFlopsPerSecond: gpu.peakBf16FlopsPerSecond,
      memoryBandwidthBytesPerSecond: gpu.memoryBandwidthBytesPerSecond,
      gpus: parseNumber(gpus),
      weightBytes: weights.weightBytes,
      kvCacheBytesPerToken: kv.kvCacheBytesPerToken,
      matmulParams: n.value,
      batch: parseNumber(batch),
      contextTokens: ctx,
      prefillFlops: prefill.prefillFlops,
    });
  });
  return (
    <section className="calc-panel" aria-labelledby="calc-throughput">
      <h2 id="calc-throughput">{t('calc.throughput.title')}</h2>
      <p className="muted small">
        {gpu.name}: {(gpu.peakBf16FlopsPerSecond / 1e12).toFixed(1)} TFLOP/s BF16, {(gpu.memoryBandwidthBytesPerSecond / 1e12).toFixed(3)} TB/s — <a href={gpu.source.split(' ')[0]}>{t('calc.source')}</a>
      </p>
      <div className="calc-form">
        <SelectField label={t('calc.inference.weightDtype')} value={dtype} options={dtypes.map((d) => ({ value: d, label: d }))} onChange={setDtype} />
        <NumberField label={t('calc.gpus')} value={gpus} onChange={setGpus} />
        <NumberField label={t('calc.batch')} value={batch} onChange={setBatch} />
        <NumberField label={t('calc.context')} value={context} onChange={setContext} />
      </div>
      {result.ok ? (
        <>
          <dl className="calc-results">
            <Result label={t('calc.throughput.step')} value={formatSeconds(result.value.decodeSecondsPerStep)} testId="tp-step" />
            <Result label={t('calc.throughput.tokensPerSecond')} value={result.value.decodeTokensPerSecond.toFixed(0)} testId="tp-tps" />
            <Result label={t('calc.throughput.prefill')} value={formatSeconds(result.value.prefillSecondsComputeBound)} testId="tp-prefill" />
            <Result label={t('calc.throughput.critical')} value={result.value.criticalBatch.toFixed(0)} testId="tp-critical" />
          </dl>
          <Steps steps={result.value.steps} />
        </>
      ) : (
        <p className="error" role="alert">{result.message}</p>
      )}
    </section>
  );
}
