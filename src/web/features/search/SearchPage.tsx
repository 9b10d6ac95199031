import { Link, useSearch } from 'wouter';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';

/** Search results: each hit links to its question on the topic page. */
export default function SearchPage() {
  const { t, lang } = useI18n();
  const query = new URLSearchParams(useSearch()).get('q')?.trim() ?? '';
  const state = useAsync(() => (query ? api.search(query, lang) : Promise.resolve({ query, hits: [] })), [query, lang]);
  return (
    <div className="search-page">
      <h1>{t('search.title')}</h1>
      {!query ? (
        <p className="muted">{t('search.empty')}</p>
      ) : (
        <AsyncView state={state}>
          {(r) =>
            r.hits.length === 0 ? (
              <p>{t('search.none', { query })}</p>
            ) : (
              <>
                <p className="muted">{t('search.results', { count: r.hits.length, query })}</p>
                <ol className="search-hits">
                  {r.hits.map((h) => (
                    <li key={h.questionId}>
                      <Link href={`/topics/${h.topicId}#${h.questionId}`} className="hit-title">{h.prompt}</Link>
                      <div className="muted small">{h.topicId} {h.topicTitle}</div>
                      <p className="hit-snippet">{h.snippet}</p>
                    </li>
                  ))}
                </ol>
              </>
            )
          }
        </AsyncView>
      )}
    </div>
  );
}
