import { Link } from 'wouter';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Html } from '../../components/Html.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';

/** Every system-design question, each opening on a whiteboard. */
export default function DesignIndex() {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.designQuestions(lang), [lang]);
  return (
    <div className="design-index">
      <h1>{t('design.title')}</h1>
      <p className="muted">{t('design.help')}</p>
      <AsyncView state={state}>
        {(questions) => (
          <ol className="search-hits">
            {questions.map((q) => (
              <li key={q.questionId}>
                <Link href={`/design/${q.questionId}`} className="hit-title"><Html as="span" html={q.promptHtml} /></Link>
                <div className="muted small">{q.topicId} {q.topicTitle}{q.drawn ? ` · ${t('design.drawn')}` : ''}</div>
              </li>
            ))}
          </ol>
        )}
      </AsyncView>
    </div>
  );
}
