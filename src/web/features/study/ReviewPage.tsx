import 'katex/dist/katex.min.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { ReviewNextResponse } from '../../../contract/study.js';
import { api } from '../../api-client.js';
import { Html } from '../../components/Html.js';
import { useI18n, type MessageKey } from '../../i18n/index.js';

const ratingKeys: Record<1 | 2 | 3 | 4, MessageKey> = { 1: 'review.again', 2: 'review.hard', 3: 'review.good', 4: 'review.easy' };

function Summary({ state }: { state: ReviewNextResponse }) {
  const { t, lang } = useI18n();
  const s = state.summary;
  if (!s) return null;
  return (
    <section className="review-done" aria-live="polite">
      <h2>{s.reviewedToday > 0 ? t('review.doneTitle') : t('review.nothingDue')}</h2>
      {s.reviewedToday > 0 && (
        <>
          <p>{t('review.doneBody', { count: s.reviewedToday, minutes: s.minutesToday, streak: s.streakDays })}</p>
          <p className="muted">{t('review.doneRatings', { ...s.byRating })}</p>
        </>
      )}
      {s.nextDueMs !== null && <p className="muted">{t('review.nextDue', { when: new Date(s.nextDueMs).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}</p>}
      <p>
        <Link href="/dashboard">{t('nav.dashboard')}</Link> · <Link href="/">{t('nav.library')}</Link>
      </p>
    </section>
  );
}

/** The review session: keyboard first (Space, 1–4, U, E), one card at a time, a calm summary at the end. */
export default function ReviewPage() {
  const { t, lang } = useI18n();
  const [, navigate] = useLocation();
  const [state, setState] = useState<ReviewNextResponse | undefined>();
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const shownAt = useRef(Date.now());

  const latest = useRef<{ card: ReviewNextResponse['card']; revealed: boolean; canUndo: boolean; lang: typeof lang }>({ card: null, revealed: false, canUndo: false, lang });
  const apply = useCallback((next: ReviewNextResponse) => {
    // Update the ref at once too, so no key handled before the next render acts on the previous card.
    latest.current = { ...latest.current, card: next.card, revealed: false, canUndo: next.canUndo };
    setState(next);
    setRevealed(false);
    shownAt.current = Date.now();
  }, []);

  useEffect(() => {
    api.reviewNext(lang).then(apply, (e: Error) => setError(e.message));
  }, [lang, apply]);

  // Keyboard handlers read the latest state through a ref, registered once: a key pressed right after a
  // render must never reach a handler that still sees the previous card (or the answer still hidden).
  const busyRef = useRef(false);
  const act = useCallback(
    async (action: () => Promise<ReviewNextResponse>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setBusy(true);
      try {
        apply(await action());
        setError(undefined);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [apply],
  );

  const card = state?.card ?? null;
  latest.current = { card, revealed, canUndo: state?.canUndo ?? false, lang };

  const rate = useCallback(
    (rating: 1 | 2 | 3 | 4) => {
      const { card: current, revealed: shown, lang: language } = latest.current;
      if (!current || !shown) return;
      void act(() => api.rate(language, { cardId: current.id, rating, durationMs: Date.now() - shownAt.current }));
    },
    [act],
  );

  const reveal = useCallback(() => {
    latest.current = { ...latest.current, revealed: true };
    setRevealed(true);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest('input, textarea, select, [contenteditable]')) return;
      const key = event.key.toLowerCase();
      const now = latest.current;
      if (key === ' ' || key === 'enter') {
        if (now.card && !now.revealed) {
          event.preventDefault();
          reveal();
        }
      } else if (['1', '2', '3', '4'].includes(key)) {
        rate(Number(key) as 1 | 2 | 3 | 4);
      } else if (key === 'u' && now.canUndo) {
        void act(() => api.undo(now.lang));
      } else if (key === 'e' && now.card) {
        navigate(`/topics/${now.card.topicId}#${now.card.id}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rate, act, reveal, navigate]);

  if (error && !state) return <p className="error" role="alert">{t('common.error', { message: error })}</p>;
  if (!state) return <p className="muted" role="status">{t('common.loading')}</p>;
  return (
    <div className="review-page">
      <header className="review-header">
        <h1>{t('review.title')}</h1>
        <span className="review-left" data-testid="cards-left">{t('review.left', { newLeft: state.counts.newLeft, dueLeft: state.counts.dueLeft })}</span>
        <button type="button" disabled={!state.canUndo || busy} onClick={() => void act(() => api.undo(lang))}>
          {t('review.undo')} <kbd>U</kbd>
        </button>
      </header>
      {error && <p className="error" role="alert">{t('common.error', { message: error })}</p>}
      {!card ? (
        <Summary state={state} />
      ) : (
        <article className="review-card" data-card-id={card.id}>
          <p className="muted small">
            {card.topicId} {card.topicTitle} {card.isNew && <span className="tier-badge">{t('review.new')}</span>}
          </p>
          <Html as="h2" className="review-prompt" html={card.promptHtml} />
          {!revealed ? (
            <button type="button" className="primary big" onClick={reveal}>
              {t('review.show')} <kbd>Space</kbd>
            </button>
          ) : (
            <div className="review-back">
              <Html className="short-answer" html={card.shortAnswerHtml} />
              <h3>{t('review.keyPoints')}</h3>
              <ul className="key-points">
                {card.keyPointsHtml.map((html, i) => (
                  <Html key={i} as="li" html={html} />
                ))}
              </ul>
              <p>
                <Link href={`/topics/${card.topicId}#${card.id}`}>{t('review.full')} <kbd>E</kbd></Link>
              </p>
              <div className="rating-buttons" role="group">
                {card.options.map((o) => (
                  <button key={o.rating} type="button" className={`rate r${o.rating}`} disabled={busy} onClick={() => rate(o.rating)}>
                    <span className="rate-interval">{o.label}</span>
                    <span>{t(ratingKeys[o.rating])}</span>
                    <kbd>{o.rating}</kbd>
                  </button>
                ))}
              </div>
            </div>
          )}
        </article>
      )}
      <p className="muted small keys-help">{t('review.keys')}</p>
    </div>
  );
}
