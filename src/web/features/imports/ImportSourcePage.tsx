import 'katex/dist/katex.min.css';
import { Link, useParams } from 'wouter';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Html } from '../../components/Html.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';

/** One imported collection: its questions, their answers (sanitized on the server) and our matching topic. */
export default function ImportSourcePage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, lang } = useI18n();
  const state = useAsync(() => api.importSource(Number(id), lang), [id, lang]);
  return (
    <div className="import-source-page">
      <Link href="/imports" className="back-link">{t('imports.back')}</Link>
      <AsyncView state={state}>
        {(source) => (
          <>
            <h1>{source.name}</h1>
            <p className="muted">{t('imports.items', { count: source.items })}</p>
            {source.itemList.map((item) => (
              <article key={item.id} className="question imported-item">
                {item.section && <p className="muted small">{item.section}</p>}
                <Html as="h3" html={item.promptHtml} />
                {item.answerHtml ? (
                  <details>
                    <summary>{t('topic.detailed')}</summary>
                    <Html className="imported-answer" html={item.answerHtml} />
                  </details>
                ) : (
                  <p className="muted small">{t('imports.noAnswer')}</p>
                )}
                {item.topic && (
                  <p className="small">
                    <Link href={`/topics/${item.topic.id}`}>{t('imports.ourTopic', { id: item.topic.id, title: item.topic.title })}</Link>
                  </p>
                )}
              </article>
            ))}
          </>
        )}
      </AsyncView>
    </div>
  );
}
