import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';
import { ExerciseRow } from './ExerciseRow.js';
import './exercises.css';

/** Every exercise, in the order of the syllabus topics they practise. */
export default function ExerciseListPage() {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.exercises(lang), [lang]);
  return (
    <AsyncView state={state}>
      {({ exercises }) => (
        <div className="exercise-list">
          <h1>{t('exercises.title')}</h1>
          <p className="muted">{t('exercises.tagline')}</p>
          <p>{t('exercises.count', { solved: exercises.filter((e) => e.state === 'solved').length, total: exercises.length })}</p>
          <ul>
            {[...exercises].sort((a, b) => compareTopics(a.topics[0] ?? '', b.topics[0] ?? '') || a.slug.localeCompare(b.slug)).map((e) => (
              <ExerciseRow key={e.slug} e={e} />
            ))}
          </ul>
        </div>
      )}
    </AsyncView>
  );
}

function compareTopics(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
