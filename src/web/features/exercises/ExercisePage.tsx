import 'katex/dist/katex.min.css';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { ExerciseDetail, RunMode, RunVerdict } from '../../../contract/exercises.js';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { Html } from '../../components/Html.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';
import { CodeEditor } from './CodeEditor.js';
import { Hints } from './Hints.js';
import { ResultPanel } from './ResultPanel.js';
import './exercises.css';

/** How long typing must pause before the code is saved (one PUT per pause, not per keystroke). */
const saveDelayMs = 800;

function Workspace({ exercise }: { exercise: ExerciseDetail }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(exercise.code);
  const [seed, setSeed] = useState(exercise.code);
  const [running, setRunning] = useState<RunMode | null>(null);
  const [verdict, setVerdict] = useState<RunVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [solution, setSolution] = useState(exercise.solution);
  const [showSolution, setShowSolution] = useState(false);
  const [saved, setSaved] = useState(false);
  const saveTimer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(saveTimer.current), []);
  const edit = (next: string): void => {
    setCode(next);
    setSaved(false);
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      void api.saveExerciseCode(exercise.slug, next).then(() => setSaved(true), () => undefined);
    }, saveDelayMs);
  };
  const run = async (mode: RunMode): Promise<void> => {
    window.clearTimeout(saveTimer.current);
    setRunning(mode);
    setError(null);
    try {
      setVerdict(await api.runExercise(exercise.slug, { code, mode }));
      // The attempt is recorded now, so the reference solution is available.
      setSolution((await api.exercise(exercise.slug, lang)).solution);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(null);
    }
  };
  const reset = (): void => {
    setSeed(exercise.starter);
    edit(exercise.starter);
  };

  return (
    <div className="exercise-workspace">
      <div className="exercise-statement">
        <p><Link href="/exercises">{t('exercises.back')}</Link></p>
        <p className="muted">{t('exercises.difficulty', { level: exercise.difficulty })} · {exercise.topics.map((id, i) => <span key={id}>{i > 0 && ', '}<Link href={`/topics/${id}`}>{id}</Link></span>)}</p>
        <Html className="statement" html={exercise.statementHtml} />
        <Hints hintsHtml={exercise.hintsHtml} />
        <section className="solution">
          <h2>{t('exercises.solution')}</h2>
          {solution === undefined ? (
            <p className="muted">{t('exercises.solutionLocked')}</p>
          ) : showSolution ? (
            <pre data-testid="reference-solution">{solution}</pre>
          ) : (
            <button type="button" onClick={() => setShowSolution(true)}>{t('exercises.showSolution')}</button>
          )}
        </section>
      </div>
      <div className="exercise-code">
        <CodeEditor value={seed} onChange={edit} />
        <div className="exercise-actions">
          <button type="button" disabled={running !== null} onClick={() => void run('run')}>
            {running === 'run' ? t('exercises.running') : t('exercises.run', { count: exercise.visibleCases })}
          </button>
          <button type="button" className="primary" disabled={running !== null} onClick={() => void run('submit')}>
            {running === 'submit' ? t('exercises.running') : t('exercises.submit', { count: exercise.totalCases })}
          </button>
          <button type="button" onClick={reset}>{t('exercises.reset')}</button>
          {saved && <span className="muted">{t('exercises.saved')}</span>}
        </div>
        {error && <p className="error" role="alert">{t('common.error', { message: error })}</p>}
        {verdict && <ResultPanel verdict={verdict} />}
      </div>
    </div>
  );
}

/** One exercise: statement and hints on the left, the editor, Run/Submit and the verdict on the right. */
export default function ExercisePage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const { lang } = useI18n();
  const state = useAsync(() => api.exercise(slug, lang), [slug, lang]);
  return <AsyncView state={state}>{(exercise) => <Workspace key={exercise.slug} exercise={exercise} />}</AsyncView>;
}
