import { useState } from 'react';
import { chinchillaApproach3, chinchillaByTokensPerParam, chinchillaLoss, kaplanLoss } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { NumberField, parseNumber } from './fields.js';
import { formatCount } from './format.js';
import { Result, Steps } from './Steps.js';
import { attempt } from './use-model.js';

/** Scaling laws: compute-optimal N and D for a budget (20 tokens/param rule and Chinchilla Approach 3), predicted losses. */
export function ScalingPanel() {
  const { t } = useI18n();
  const [compute, setCompute] = useState('5.88e23');
  const [ratio, setRatio] = useState('20');
  const result = attempt(() => {
    const rule = chinchillaByTokensPerParam(parseNumber(compute), parseNumber(ratio));
    const fit = chinchillaApproach3(parseNumber(compute));
    const loss = chinchillaLoss(rule.params, rule.tokens);
    const kaplan = kaplanLoss(rule.params, rule.tokens);
    return { rule, fit, loss, kaplan };
  });
  return (
    <section className="calc-panel" aria-labelledby="calc-scaling">
      <h2 id="calc-scaling">{t('calc.scaling.title')}</h2>
      <div className="calc-form">
        <NumberField label={t('calc.scaling.compute')} value={compute} onChange={setCompute} hint={t('calc.scaling.computeHint')} />
        <NumberField label={t('calc.scaling.ratio')} value={ratio} onChange={setRatio} />
      </div>
      {result.ok ? (
        <>
          <dl className="calc-results">
            <Result label={t('calc.scaling.ruleParams')} value={formatCount(result.value.rule.params)} testId="scaling-rule-params" />
            <Result label={t('calc.scaling.ruleTokens')} value={formatCount(result.value.rule.tokens)} testId="scaling-rule-tokens" />
            <Result label={t('calc.scaling.fitParams')} value={formatCount(result.value.fit.params)} testId="scaling-fit-params" />
            <Result label={t('calc.scaling.fitTokens')} value={formatCount(result.value.fit.tokens)} testId="scaling-fit-tokens" />
            <Result label={t('calc.scaling.loss')} value={result.value.loss.loss.toFixed(3)} testId="scaling-loss" />
            <Result label={t('calc.scaling.kaplanLoss')} value={result.value.kaplan.loss.toFixed(3)} testId="scaling-kaplan" />
          </dl>
          <p className="muted small">{t('calc.scaling.note')}</p>
          <Steps steps={[...result.value.rule.steps, ...result.value.fit.steps, ...result.value.loss.steps, ...result.value.kaplan.steps]} />
        </>
      ) : (
        <p className="error" role="alert">{result.message}</p>
      )}
    </section>
  );
}
