import type { QuestionView } from '../../../contract/library.js';
import { Html } from '../../components/Html.js';
import { Link } from 'wouter';
import { useI18n } from '../../i18n/index.js';
import { PracticeBox } from './PracticeBox.js';

function ListSection({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <section>
      <h4>{title}</h4>
      <ul>
        {items.map((html, i) => (
          <Html key={i} as="li" html={html} />
        ))}
      </ul>
    </section>
  );
}

/** One question: the prompt and short answer always; the rest when `expanded`. */
export function QuestionCard({ question, index, expanded, onToggle, whiteboard = false }: { question: QuestionView; index: number; expanded: boolean; onToggle(): void; whiteboard?: boolean }) {
  const { t } = useI18n();
  return (
    <article className="question" id={question.id} tabIndex={-1} aria-labelledby={`${question.id}-title`}>
      <header>
        <h3 id={`${question.id}-title`}>
          <span className="q-number">Q{index + 1}</span> <Html as="span" html={question.promptHtml} />
        </h3>
        <span className={`difficulty d${question.difficulty}`}>{t('topic.difficulty', { level: question.difficulty })}</span>
      </header>
      <section className="short-answer">
        <h4>{t('topic.short')}</h4>
        <Html html={question.shortAnswerHtml} />
      </section>
      {whiteboard ? (
        <Link href={`/design/${question.id}`} className="button practice-open">{t('design.open')}</Link>
      ) : (
        <PracticeBox questionId={question.id} />
      )}
      <button type="button" className="reveal" aria-expanded={expanded} onClick={onToggle}>
        {expanded ? t('topic.showLess') : t('topic.showMore')}
      </button>
      {expanded && (
        <div className="full-answer">
          <section className="detailed-answer">
            <h4>{t('topic.detailed')}</h4>
            <Html html={question.detailedAnswerHtml} />
          </section>
          <section className="key-points">
            <h4>{t('topic.keyPoints')}</h4>
            <ul>
              {question.keyPoints.map((kp) => (
                <li key={kp.id}>
                  <Html as="span" html={kp.textHtml} />
                </li>
              ))}
            </ul>
          </section>
          <ListSection title={t('topic.followUps')} items={question.followUpsHtml} />
          <ListSection title={t('topic.mistakes')} items={question.mistakesHtml} />
          <ListSection title={t('topic.references')} items={question.referencesHtml} />
        </div>
      )}
    </article>
  );
}
