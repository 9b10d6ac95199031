import { useState } from 'react';
import { Html } from '../../components/Html.js';
import { useI18n } from '../../i18n/index.js';

/** Hints revealed one at a time, so the user takes only as much help as needed. */
export function Hints({ hintsHtml }: { hintsHtml: readonly string[] }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(0);
  return (
    <section className="hints">
      <h2>{t('exercises.hints')}</h2>
      <ol>
        {hintsHtml.slice(0, shown).map((h) => (
          <li key={h}><Html as="span" html={h} /></li>
        ))}
      </ol>
      {shown < hintsHtml.length && (
        <button type="button" onClick={() => setShown(shown + 1)}>{t('exercises.showHint', { n: shown + 1 })}</button>
      )}
    </section>
  );
}
