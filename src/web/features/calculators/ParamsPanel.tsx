import { useI18n } from '../../i18n/index.js';
import { StackedBar } from './charts/StackedBar.js';
import { formatCount, formatNumber } from './format.js';
import { Result, Steps } from './Steps.js';
import type { LoadedModel } from './use-model.js';

export const palette = ['#2458c6', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#0969da'] as const;

/** Parameters: total, activated, the breakdown as a stacked bar, and every formula. */
export function ParamsPanel({ model }: { model: LoadedModel }) {
  const { t } = useI18n();
  const { count, spec } = model;
  const b = count.breakdown;
  return (
    <section className="calc-panel" aria-labelledby="calc-params">
      <h2 id="calc-params">{t('calc.params.title')}</h2>
      <dl className="calc-results">
        <Result label={t('calc.params.total')} value={formatNumber(count.total)} testId="params-total" />
        <Result label={t('calc.params.active')} value={formatNumber(count.active)} testId="params-active" />
        <Result label={t('calc.params.family')} value={`${spec.family} · ${spec.attention.kind === 'mla' ? 'MLA' : `${spec.attention.heads}/${spec.attention.kvHeads} heads`}${spec.moe ? ` · MoE ${spec.moe.expertsPerToken}/${spec.moe.routedExperts}` : ''}`} testId="params-family" />
      </dl>
      <StackedBar
        title={t('calc.params.breakdown')}
        format={formatCount}
        segments={[
          { label: t('calc.params.embedding'), value: b.embedding, color: palette[0] },
          { label: t('calc.params.attention'), value: b.attention, color: palette[1] },
          { label: t('calc.params.mlp'), value: b.mlp, color: palette[2] },
          { label: t('calc.params.lmHead'), value: b.lmHead, color: palette[3] },
          { label: t('calc.params.norms'), value: b.norms, color: palette[4] },
        ]}
      />
      <Steps steps={count.steps} />
    </section>
  );
}
