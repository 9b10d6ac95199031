import { useState } from 'react';
import { findGpuPreset, gpuPresets } from '../../../core/calculators/index.js';
import { useI18n, type MessageKey } from '../../i18n/index.js';
import { SelectField } from './fields.js';
import { FlopsPanel } from './FlopsPanel.js';
import { InferencePanel } from './InferencePanel.js';
import { ModelPicker } from './ModelPicker.js';
import { ParamsPanel } from './ParamsPanel.js';
import { ScalingPanel } from './ScalingPanel.js';
import { ThroughputPanel } from './ThroughputPanel.js';
import { TrainingPanel } from './TrainingPanel.js';
import { useModel } from './use-model.js';
import './calculators.css';

const tabs = ['params', 'inference', 'training', 'flops', 'scaling', 'throughput'] as const;
type Tab = (typeof tabs)[number];
const tabLabel: Record<Tab, MessageKey> = {
  params: 'calc.params.title',
  inference: 'calc.inference.title',
  training: 'calc.training.title',
  flops: 'calc.flops.title',
  scaling: 'calc.scaling.title',
  throughput: 'calc.throughput.title',
};

/**
 * The calculators page. Everything is computed in the browser by the pure core on every keystroke; each panel stays
 * mounted (hidden) so switching tabs keeps what was typed.
 */
export default function CalculatorsPage() {
  const { t } = useI18n();
  const { source, setSource, configText, setConfigText, model } = useModel('llama-3-8b');
  const [gpuId, setGpuId] = useState('h100-sxm');
  const [tab, setTab] = useState<Tab>('params');
  const gpu = findGpuPreset(gpuId);
  return (
    <div className="calculators">
      <h1>{t('calc.title')}</h1>
      <p className="tagline">{t('calc.tagline')}</p>
      <div className="calc-top">
        <ModelPicker source={source} configText={configText} error={model.ok ? null : model.message} onSource={setSource} onConfigText={setConfigText} />
        <SelectField label={t('calc.gpu')} value={gpuId} options={gpuPresets.map((g) => ({ value: g.id, label: g.name }))} onChange={setGpuId} />
      </div>
      <div role="tablist" className="calc-tabs" aria-label={t('calc.title')}>
        {tabs.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} aria-pressed={tab === id} onClick={() => setTab(id)}>
            {t(tabLabel[id])}
          </button>
        ))}
      </div>
      <div hidden={tab !== 'scaling'}>
        <ScalingPanel />
      </div>
      {model.ok ? (
        <>
          <div hidden={tab !== 'params'}>
            <ParamsPanel model={model.value} />
          </div>
          <div hidden={tab !== 'inference'}>
            <InferencePanel model={model.value} gpu={gpu} />
          </div>
          <div hidden={tab !== 'training'}>
            <TrainingPanel model={model.value} gpu={gpu} />
          </div>
          <div hidden={tab !== 'flops'}>
            <FlopsPanel model={model.value} gpu={gpu} />
          </div>
          <div hidden={tab !== 'throughput'}>
            <ThroughputPanel model={model.value} gpu={gpu} />
          </div>
        </>
      ) : tab !== 'scaling' ? (
        <p className="muted">{t('calc.needModel')}</p>
      ) : null}
    </div>
  );
}
