import { useEffect, useState, type KeyboardEvent } from 'react';
import type { GradeResponse } from '../../../contract/grading.js';
import { api } from '../../api-client.js';
import { Html } from '../../components/Html.js';
import { useI18n } from '../../i18n/index.js';

/** Answer a question in your own words, then see which rubric key points it covered (Ctrl+Enter checks). */
export function PracticeBox({ questionId }: { questionId: string }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<GradeResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [llmReady, setLlmReady] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) void api.llmSettings().then((s) => setLlmReady(s.configured), () => setLlmReady(false));
  }, [open]);
  const check = async (mode: 'terms' | 'llm' = 'terms'): Promise<void> => {
    setBusy(true);
    try {
      setResult(await api.grade(questionId, answer, lang, mode));
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void check();
    }
  };
  if (!open) {
    return (
      <button type="button" className="practice-open" onClick={() => setOpen(true)}>
        {t('practice.open')}
      </button>
    );
  }
  return (
    <section className="practice">
      <label>
        {t('practice.label')}
        <textarea rows={5} value={answer} onChange={(e) => setAnswer(e.target.value)} onKeyDown={onKey} autoFocus />
      </label>
      <div className="practice-actions">
        <button type="button" className="primary" onClick={() => void check()} disabled={answer.trim() === '' || busy}>
          {t('practice.check')} <kbd>Ctrl+Enter</kbd>
        </button>
        {llmReady && (
          <button type="button" onClick={() => void check('llm')} disabled={answer.trim() === '' || busy}>
            {busy ? t('practice.grading') : t('practice.checkLlm')}
          </button>
        )}
        <button type="button" onClick={() => setOpen(false)}>{t('practice.close')}</button>
      </div>
      {error && <p className="error" role="alert">{t('common.error', { message: error })}</p>}
      {result && (
        <div className="practice-result" aria-live="polite">
          <p className="practice-score">{t('practice.result', { covered: result.covered, total: result.total })}</p>
          <ul>
            {result.keyPoints.map((k) => (
              <li key={k.id} className={k.covered ? 'covered' : 'missed'}>
                <span className="mark">{k.covered ? '✓' : '✗'}</span> <Html as="span" html={k.textHtml} />{' '}
                <span className="muted small">{k.comment ?? (k.covered && k.matchedTerm ? t('practice.matched', { term: k.matchedTerm }) : t('practice.missed'))}</span>
              </li>
            ))}
          </ul>
          {result.feedback && (
            <p>
              <strong>{t('practice.feedback')}:</strong> {result.feedback}
            </p>
          )}
          {result.mode === 'terms' && <p className="muted small">{t('practice.note')}</p>}
        </div>
      )}
    </section>
  );
}
