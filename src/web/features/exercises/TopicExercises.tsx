import { api } from '../../api-client.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';
import { ExerciseRow } from './ExerciseRow.js';

/** On a topic page: the exercises that practise this topic, with the user's solved/attempted state. */
export function TopicExercises({ topicId }: { topicId: string }) {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.exercises(lang), [lang]);
  if (state.status !== 'ready') return null;
  const mine = state.value.exercises.filter((e) => e.topics.includes(topicId));
  if (mine.length === 0) return null;
  return (
    <section className="topic-exercises" aria-label={t('exercises.onTopic')}>
      <h2>{t('exercises.onTopic')}</h2>
      <ul>
        {mine.map((e) => (
          <ExerciseRow key={e.slug} e={e} />
        ))}
      </ul>
    </section>
  );
}
