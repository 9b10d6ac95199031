import { Link } from 'wouter';
import type { ExerciseSummary } from '../../../contract/exercises.js';
import { useI18n } from '../../i18n/index.js';

/** One row of an exercise list (also used on topic pages). */
export function ExerciseRow({ e }: { e: ExerciseSummary }) {
  const { t } = useI18n();
  return (
    <li className="exercise-row">
      <Link href={`/exercises/${e.slug}`}>{e.title}</Link>
      <span className="muted"> · {t('exercises.difficulty', { level: e.difficulty })} · {e.topics.join(', ')}</span>
      {e.state !== 'new' && <span className={`state-badge state-${e.state}`}>{t(`exercises.state.${e.state}`)}</span>}
    </li>
  );
}
