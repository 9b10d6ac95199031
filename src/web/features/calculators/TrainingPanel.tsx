import { useState } from 'react';
import { optimizers, trainingMemory, type GpuPreset, type Optimizer, type Recompute, type TrainingPrecision, type ZeroStage } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { StackedBar } from './charts/StackedBar.js';
import { CheckField, NumberField, SelectField, parseNumber } from './fields.js';
import { formatBytes } from './format.js';
import { palette } from './ParamsPanel.js';
import { Result, Steps } from './Steps.js';
import { attempt, type LoadedModel } from './use-model.js';

const zeroOptions = (['0', '1', '2', '3'] as const).map((z) => ({ value: z, label: `ZeRO-${z}` }));
const toStage: Record<(typeof zeroOptions)[number]['value'], ZeroStage> = { '0': 0, '1': 1, '2': 2, '3': 3 };

/** Training memory per GPU: weights, gradients, optimizer states under ZeRO, plus activations. */
export function TrainingPanel({ model, gpu }: { model: LoadedModel; gpu: GpuPreset }) {
  const { t } = useI18n();
  const [optimizer, setOptimizer] = useState<Optimizer>('adamw');
  const [precision, setPrecision] = useState<TrainingPrecision>('mixed');
  const [zero, setZero] = useState<(typeof zeroOptions)[number]['value']>('0');
  const [dp, setDp] = useState('8');
  const [tp, setTp] = useState('1');
  const [pp, setPp] = useState('1');
  const [offload, setOffload] = useState(false);
  const [seqLen, setSeqLen] = useState('4096');
  const [microBatch, setMicroBatch] = useState('1');
  const [recompute, setRecompute] = useState<Recompute>('none');
  const [sequenceParallel, setSequenceParallel] = useState(false);
  const [flash, setFlash] = useState(true);
  const result = attempt(() =>
    trainingMemory({
      params: model.count.total,
      optimizer,
      precision,
      zeroStage: toStage[zero],
      dataParallel: parseNumber(dp),
      tensorParallel: parseNumber(tp),
      pipelineParallel: parseNumber(pp),
      offloadOptimizer: offload,
      activations: { seqLen: parseNumber(seqLen), microBatch: parseNumber(microBatch), hiddenSize: model.spec.hiddenSize, heads: model.spec.attention.heads, layers: model.spec.layers, recompute, sequenceParallel, flashAttention: flash },
    }),
  );
  return (
    <section className="calc-panel" aria-labelledby="calc-training">
      <h2 id="calc-training">{t('calc.training.title')}</h2>
      <div className="calc-form">
        <SelectField label={t('calc.training.optimizer')} value={optimizer} options={optimizers.map((o) => ({ value: o, label: o }))} onChange={setOptimizer} />
        <SelectField label={t('calc.training.precision')} value={precision} options={[{ value: 'mixed', label: t('calc.training.mixed') }, { value: 'fp32', label: 'fp32' }]} onChange={setPrecision} />
        <SelectField label="ZeRO" value={zero} options={zeroOptions} onChange={setZero} />
        <NumberField label={t('calc.training.dp')} value={dp} onChange={setDp} />
        <NumberField label={t('calc.training.tp')} value={tp} onChange={setTp} />
        <NumberField label={t('calc.training.pp')} value={pp} onChange={setPp} />
        <NumberField label={t('calc.training.seqLen')} value={seqLen} onChange={setSeqLen} />
        <NumberField label={t('calc.training.microBatch')} value={microBatch} onChange={setMicroBatch} />
        <SelectField label={t('calc.training.recompute')} value={recompute} options={(['none', 'selective', 'full'] as const).map((r) => ({ value: r, label: t(`calc.training.recompute.${r}`) }))} onChange={setRecompute} />
        <CheckField label={t('calc.training.offload')} checked={offload} onChange={setOffload} />
        <CheckField label={t('calc.training.sequenceParallel')} checked={sequenceParallel} onChange={setSequenceParallel} />
        <CheckField label={t('calc.training.flash')} checked={flash} onChange={setFlash} />
      </div>
      {result.ok ? (
        <>
          <dl className="calc-results">
            <Result label={t('calc.training.total')} value={formatBytes(result.value.totalBytesPerGpu)} exact={result.value.totalBytesPerGpu} testId="train-total" />
            {offload ? <Result label={t('calc.training.cpu')} value={formatBytes(result.value.cpuOptimizerBytes)} testId="train-cpu" /> : null}
          </dl>
          <StackedBar
            title={t('calc.training.chart')}
            capacity={gpu.memoryBytes}
            capacityLabel={gpu.name}
            segments={[
              { label: t('calc.training.weights'), value: result.value.weightBytes, color: palette[0] },
              { label: t('calc.training.gradients'), value: result.value.gradientBytes, color: palette[1] },
              { label: t('calc.training.optimizerStates'), value: result.value.optimizerBytes, color: palette[2] },
              { label: t('calc.training.activations'), value: result.value.activationBytes, color: palette[3] },
            ]}
          />
          <Steps steps={result.value.steps} />
        </>
      ) : (
        <p className="error" role="alert">{result.message}</p>
      )}
    </section>
  );
}
