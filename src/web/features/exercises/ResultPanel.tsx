import type { CaseVerdict, RunVerdict } from '../../../contract/exercises.js';
import { useI18n } from '../../i18n/index.js';

function CaseDetail({ c }: { c: CaseVerdict }) {
  const { t } = useI18n();
  return (
    <li className={`case case-${c.status}`}>
      <p className="case-head">
        <span className={`status-badge status-${c.status}`}>{t(`exercises.result.${c.status}`)}</span> {c.name}
      </p>
      {c.status !== 'passed' && (
        <>
          {c.message && <p className="case-message">{c.message}</p>}
          <dl className="case-values">
            <dt>{t('exercises.case.input')}</dt>
            <dd><code>{c.input}</code></dd>
            {c.expected !== undefined && (
              <>
                <dt>{t('exercises.case.expected')}</dt>
                <dd><code>{c.expected}</code></dd>
              </>
            )}
            {c.got !== undefined && (
              <>
                <dt>{t('exercises.case.got')}</dt>
                <dd><code>{c.got}</code></dd>
              </>
            )}
          </dl>
          {c.firstMismatchIndex && <p className="muted">{t('exercises.case.index', { index: c.firstMismatchIndex.join(', ') })}</p>}
          {c.maxAbsError !== undefined && (
            <p className="muted">{t('exercises.case.errors', { abs: c.maxAbsError.toExponential(2), rel: (c.maxRelError ?? 0).toExponential(2) })}</p>
          )}
          {c.error?.traceback && (
            <details open>
              <summary>{t('exercises.case.traceback')}</summary>
              <pre>{c.error.traceback}</pre>
            </details>
          )}
        </>
      )}
      {c.stdout && (
        <details>
          <summary>{t('exercises.case.printed')}</summary>
          <pre>{c.stdout}</pre>
        </details>
      )}
    </li>
  );
}

/** The verdict of one run: overall status, then every case; failing cases explain themselves. */
export function ResultPanel({ verdict }: { verdict: RunVerdict }) {
  const { t } = useI18n();
  return (
    <section className="result-panel" aria-live="polite" data-testid="result-panel">
      <p className={`result-status status-${verdict.status}`} data-testid="result-status">
        {t(`exercises.result.${verdict.status}`)} · {t('exercises.result.summary', { passed: verdict.passed, total: verdict.total, ms: verdict.wallMs })}
      </p>
      {verdict.message && <p className="case-message">{verdict.message}</p>}
      {verdict.error?.traceback && <pre>{verdict.error.traceback}</pre>}
      <ul className="cases">
        {verdict.cases.map((c) => (
          <CaseDetail key={c.name} c={c} />
        ))}
      </ul>
    </section>
  );
}
