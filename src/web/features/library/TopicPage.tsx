import 'katex/dist/katex.min.css';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { TopicResponse } from '../../../contract/library.js';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Html } from '../../components/Html.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';
import { TopicExercises } from '../exercises/TopicExercises.js';
import { QuestionCard } from './QuestionCard.js';
import { useQuestionKeys } from './use-question-keys.js';

function TopicBody({ topic }: { topic: TopicResponse }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const body = useRef<HTMLDivElement>(null);
  const [, navigate] = useLocation();
  // Links between topics are rendered by the server as plain <a href="/topics/…">: keep them in the SPA.
  const followInternalLink = (event: MouseEvent): void => {
    const anchor = (event.target as HTMLElement).closest('a');
    const href = anchor?.getAttribute('href') ?? '';
    if (!href.startsWith('/') || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const [path = '/', hash] = href.split('#');
    navigate(path);
    if (hash) window.setTimeout(() => document.getElementById(hash)?.scrollIntoView(), 300);
  };
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (hash) document.getElementById(hash)?.scrollIntoView();
  }, [topic]);
  useEffect(() => {
    if (body.current) void import('./enhance.js').then((m) => body.current && m.enhance(body.current));
  }, [expanded, topic]);
  const toggle = (id: string): void =>
    setExpanded((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const expandAll = (): void => setExpanded(new Set(topic.questions.map((q) => q.id)));
  useQuestionKeys(
    topic.questions.map((q) => q.id),
    { toggle, expandAll, collapseAll: () => setExpanded(new Set()) },
  );
  return (
    <div ref={body} onClick={followInternalLink}>
      <p className="topic-meta">
        <span className={`tier-badge ${topic.tier}`}>{t(`topic.tier.${topic.tier}`)}</span> {topic.categoryTitle} · {topic.id}
      </p>
      <h1>{topic.title}</h1>
      {!topic.written && <p className="notice">{t('topic.notWritten')}</p>}
      {topic.overviewHtml && <Html className="overview" html={topic.overviewHtml} />}
      <TopicExercises topicId={topic.id} />
      {topic.questions.length > 0 && (
        <div className="topic-toolbar">
          <button type="button" onClick={() => setExpanded(new Set())}>{t('topic.shortOnly')}</button>
          <button type="button" onClick={expandAll}>{t('topic.expandAll')}</button>
          <span className="muted small keys-hint">{t('topic.keys')}</span>
        </div>
      )}
      {topic.questions.map((q, i) => (
        <QuestionCard key={q.id} question={q} index={i} expanded={expanded.has(q.id)} onToggle={() => toggle(q.id)} whiteboard={topic.category === 'system-design'} />
      ))}
      {topic.related.length > 0 && (
        <nav className="related" aria-label={t('topic.related')}>
          <h2>{t('topic.related')}</h2>
          <ul>
            {topic.related.map((r) => (
              <li key={r.id}>
                <Link href={`/topics/${r.id}`}>{r.id} {r.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** A topic page: every question with its short answer; the full answer on demand. */
export default function TopicPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, lang } = useI18n();
  const state = useAsync(() => api.topic(id, lang), [id, lang]);
  useEffect(() => {
    if (!window.location.hash) window.scrollTo(0, 0);
  }, [id]);
  return (
    <div className="topic-page">
      <Link href="/" className="back-link">{t('topic.back')}</Link>
      <AsyncView state={state}>{(topic) => <TopicBody topic={topic} />}</AsyncView>
    </div>
  );
}
