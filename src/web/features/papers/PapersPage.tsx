import { Link } from 'wouter';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';

/** The close-reading guides, oldest paper first, with each one's checklist progress. */
export default function PapersPage() {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.papers(lang), [lang]);
  return (
    <div className="papers-page">
      <h1>{t('papers.title')}</h1>
      <p className="muted">{t('papers.help')}</p>
      <AsyncView state={state}>
        {(papers) => (
          <ul className="paper-list">
            {papers.map((p) => (
              <li key={p.slug} className="category-card">
                <Link href={`/papers/${p.slug}`} className="hit-title">{p.title}</Link>
                <div className="muted small">{p.authors} · {p.year} · {t('papers.arxiv', { id: p.arxiv })}</div>
                <div className="mastery-track" role="meter" aria-label={t('papers.progress', { done: p.checklistDone, total: p.checklistTotal })} aria-valuemin={0} aria-valuemax={p.checklistTotal} aria-valuenow={p.checklistDone}>
                  <span className="mastery-fill" style={{ width: `${(100 * p.checklistDone) / Math.max(1, p.checklistTotal)}%` }} />
                </div>
                <span className="small">{t('papers.progress', { done: p.checklistDone, total: p.checklistTotal })}</span>
              </li>
            ))}
          </ul>
        )}
      </AsyncView>
    </div>
  );
}
