import 'katex/dist/katex.min.css';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { PaperView } from '../../../contract/papers.js';
import { api } from '../../api-client.js';
import { Html } from '../../components/Html.js';
import { useI18n } from '../../i18n/index.js';

/** One close-reading guide: its sections (math, code, diagrams) and a checklist that saves as you tick. */
export default function PaperPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const { t, lang } = useI18n();
  const [paper, setPaper] = useState<PaperView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    api.paper(slug, lang).then(setPaper, (e: Error) => setError(e.message));
  }, [slug, lang]);
  useEffect(() => {
    if (paper && body.current) void import('../library/enhance.js').then((m) => body.current && m.enhance(body.current));
  }, [paper]);
  // Tick at once (a controlled checkbox would otherwise snap back until the server answers), then take the
  // server's view as the truth.
  const toggle = (itemId: string, done: boolean): void => {
    setPaper((before) => {
      if (!before) return before;
      const checklist = before.checklist.map((c) => (c.id === itemId ? { ...c, done } : c));
      return { ...before, checklist, checklistDone: checklist.filter((c) => c.done).length };
    });
    api.checkPaperItem(slug, itemId, done, lang).then(setPaper, (e: Error) => setError(e.message));
  };
  if (error) return <p className="error" role="alert">{t('common.error', { message: error })}</p>;
  if (!paper) return <p className="muted" role="status">{t('common.loading')}</p>;
  return (
    <div className="paper-page" ref={body}>
      <Link href="/papers" className="back-link">{t('papers.back')}</Link>
      <h1>{paper.title}</h1>
      <p className="muted">
        {paper.authors} · {paper.year} ·{' '}
        <a href={`https://arxiv.org/abs/${paper.arxiv}`} target="_blank" rel="noopener noreferrer">{t('papers.arxiv', { id: paper.arxiv })}</a>
      </p>
      <p className="small">
        {t('papers.topics')}:{' '}
        {paper.topics.map((tp) => (
          <Link key={tp.id} href={`/topics/${tp.id}`} className="paper-topic">{tp.id} {tp.title}</Link>
        ))}
      </p>
      {paper.sections.map((s) => (
        <section key={s.key} className="paper-section">
          <h2>{s.heading}</h2>
          <Html html={s.html} />
        </section>
      ))}
      <section className="paper-checklist">
        <h2>{t('papers.checklist')} <span className="muted small">{t('papers.progress', { done: paper.checklistDone, total: paper.checklistTotal })}</span></h2>
        <ul>
          {paper.checklist.map((c) => (
            <li key={c.id}>
              <label className="check">
                <input type="checkbox" checked={c.done} onChange={(e) => toggle(c.id, e.target.checked)} /> <Html as="span" html={c.textHtml} />
              </label>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
