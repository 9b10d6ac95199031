import type { CalcStep } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { formatNumber } from './format.js';

const unitText: Record<CalcStep['unit'], string> = { params: '', bytes: 'B', FLOPs: 'FLOPs', 'FLOP/s': 'FLOP/s', tokens: 'tokens', 'tokens/s': 'tokens/s', s: 's', ratio: '', loss: '', count: '' };

/** Every step of a result: the symbolic formula, then the same formula with the numbers in, then the value. */
export function Steps({ steps }: { steps: readonly CalcStep[] }) {
  const { t } = useI18n();
  return (
    <details className="calc-steps" open>
      <summary>{t('calc.showFormulas')}</summary>
      <ol>
        {steps.map((s, i) => (
          <li key={`${i}-${s.label}`}>
            <div className="calc-step-label">{s.label}</div>
            <code className="calc-formula">{s.formula}</code>
            <code className="calc-substituted">
              = {s.substituted} = <strong>{formatNumber(s.value)}</strong> {unitText[s.unit]}
            </code>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** A result figure with a stable test id. */
export function Result({ label, value, testId, exact }: { label: string; value: string; testId: string; exact?: number }) {
  return (
    <div className="calc-result">
      <dt>{label}</dt>
      <dd data-testid={testId} title={exact === undefined ? undefined : formatNumber(exact)}>
        {value}
        {exact !== undefined && String(value) !== formatNumber(exact) ? <span className="muted small"> ({formatNumber(exact)})</span> : null}
      </dd>
    </div>
  );
}
