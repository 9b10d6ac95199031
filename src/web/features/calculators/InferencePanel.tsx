import { useState } from 'react';
import { dtypes, kvCache, kvTokenCapacity, parseDtype, weightMemory, type Dtype, type GpuPreset } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { LineChart } from './charts/LineChart.js';
import { StackedBar } from './charts/StackedBar.js';
import { NumberField, SelectField, parseNumber } from './fields.js';
import { formatBytes, formatNumber } from './format.js';
import { palette } from './ParamsPanel.js';
import { Result, Steps } from './Steps.js';
import { attempt, type LoadedModel } from './use-model.js';

const dtypeOptions = dtypes.map((d) => ({ value: d, label: d }));

/** Inference memory: quantized weights, the KV cache for a batch and context, and how many tokens fit on the GPU. */
export function InferencePanel({ model, gpu }: { model: LoadedModel; gpu: GpuPreset }) {
  const { t } = useI18n();
  const [weightDtype, setWeightDtype] = useState<Dtype>('bf16');
  const [groupSize, setGroupSize] = useState('128');
  const [kvDtype, setKvDtype] = useState<Dtype>('fp16');
  const [batch, setBatch] = useState('1');
  const [context, setContext] = useState('4096');
  const [util, setUtil] = useState('0.9');
  const result = attempt(() => {
    const weights = weightMemory({ params: model.count.total, dtype: weightDtype, groupSize: parseNumber(groupSize) > 0 ? parseNumber(groupSize) : undefined });
    const kv = kvCache({ spec: model.spec, dtype: parseDtype(kvDtype), batch: parseNumber(batch), contextTokens: parseNumber(context) });
    const capacity = kvTokenCapacity({ gpuMemoryBytes: gpu.memoryBytes, memoryUtilization: parseNumber(util), weightBytes: weights.weightBytes, reservedBytes: 0, kvCacheBytesPerToken: kv.kvCacheBytesPerToken, blockTokens: 16 });
    return { weights, kv, capacity };
  });
  return (
    <section className="calc-panel" aria-labelledby="calc-inference">
      <h2 id="calc-inference">{t('calc.inference.title')}</h2>
      <div className="calc-form">
        <SelectField label={t('calc.inference.weightDtype')} value={weightDtype} options={dtypeOptions} onChange={setWeightDtype} />
        <NumberField label={t('calc.inference.groupSize')} value={groupSize} onChange={setGroupSize} hint={t('calc.inference.groupHint')} />
        <SelectField label={t('calc.inference.kvDtype')} value={kvDtype} options={dtypeOptions.filter((o) => o.value !== 'int4')} onChange={setKvDtype} />
        <NumberField label={t('calc.batch')} value={batch} onChange={setBatch} />
        <NumberField label={t('calc.context')} value={context} onChange={setContext} />
        <NumberField label={t('calc.inference.util')} value={util} onChange={setUtil} />
      </div>
      {result.ok ? (
        <>
          <dl className="calc-results">
            <Result label={t('calc.inference.weights')} value={formatBytes(result.value.weights.weightBytes)} exact={result.value.weights.weightBytes} testId="inference-weights" />
            <Result label={t('calc.inference.kvPerToken')} value={`${formatNumber(result.value.kv.kvCacheBytesPerToken)} B (${result.value.kv.attentionKind})`} testId="kv-per-token" />
            <Result label={t('calc.inference.kvTotal')} value={`${formatNumber(result.value.kv.kvCacheBytes)} B · ${formatBytes(result.value.kv.kvCacheBytes)}`} testId="kv-total" />
            <Result label={t('calc.inference.tokensFit', { gpu: gpu.name })} value={formatNumber(result.value.capacity.tokens)} testId="kv-capacity" />
          </dl>
          <StackedBar
            title={t('calc.inference.chartBar')}
            capacity={gpu.memoryBytes}
            capacityLabel={gpu.name}
            segments={[
              { label: t('calc.inference.weights'), value: result.value.weights.weightBytes, color: palette[0] },
              { label: t('calc.inference.kvTotal'), value: result.value.kv.kvCacheBytes, color: palette[2] },
            ]}
          />
          <LineChart
            title={t('calc.inference.chartLine', { batch: formatNumber(parseNumber(batch)) })}
            limit={gpu.memoryBytes}
            formatX={(x) => `${Math.round(x / 1024)}k`}
            formatY={formatBytes}
            points={Array.from({ length: 17 }, (_, i) => {
              const tokens = (i / 16) * Math.max(2 * parseNumber(context), 8192);
              return { x: tokens, y: result.value.weights.weightBytes + tokens * parseNumber(batch) * result.value.kv.kvCacheBytesPerToken };
            })}
          />
          <Steps steps={[...result.value.weights.steps, ...result.value.kv.steps, ...result.value.capacity.steps]} />
        </>
      ) : (
        <p className="error" role="alert">{result.message}</p>
      )}
    </section>
  );
}
