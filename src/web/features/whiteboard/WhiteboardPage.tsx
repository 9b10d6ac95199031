import 'katex/dist/katex.min.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import type { WhiteboardView } from '../../../contract/whiteboards.js';
import { api } from '../../api-client.js';
import { Html } from '../../components/Html.js';
import { useI18n } from '../../i18n/index.js';
import type { Scene } from './Board.js';

const Board = lazy(() => import('./Board.js'));
const saveDelayMs = 800;

/** A system-design question on a whiteboard: the prompt and module checklist beside an Excalidraw canvas. */
export default function WhiteboardPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t, lang } = useI18n();
  const [board, setBoard] = useState<WhiteboardView | undefined>();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [showAnswer, setShowAnswer] = useState(false);
  const scene = useRef<Scene | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    api.whiteboard(id, lang).then(
      (b) => {
        setBoard(b);
        scene.current = b.scene;
        setChecked(new Set(b.checklist.filter((c) => c.checked).map((c) => c.id)));
        setSavedAt(b.updatedAt);
      },
      (e: Error) => setError(e.message),
    );
  }, [id, lang]);

  const save = (nextChecked: ReadonlySet<string>): void => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      api.saveWhiteboard(id, { scene: scene.current ?? { elements: [] }, checked: [...nextChecked] }, lang).then(
        (r) => setSavedAt(r.updatedAt),
        (e: Error) => setError(e.message),
      );
    }, saveDelayMs);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (error && !board) return <p className="error" role="alert">{t('common.error', { message: error })}</p>;
  if (!board) return <p className="muted" role="status">{t('common.loading')}</p>;
  const toggle = (itemId: string): void => {
    const next = new Set(checked);
    if (next.has(itemId)) next.delete(itemId);
    else next.add(itemId);
    setChecked(next);
    save(next);
  };
  return (
    <div className="whiteboard-page">
      <aside className="whiteboard-side">
        <Link href="/design" className="back-link">{t('design.back')}</Link>
        <p className="muted small">{board.topicId} {board.topicTitle}</p>
        <Html as="h1" className="whiteboard-prompt" html={board.promptHtml} />
        <h2>{t('design.checklist')} <span className="muted small">{checked.size}/{board.checklist.length}</span></h2>
        <p className="muted small">{t('design.checklistHelp')}</p>
        <ul className="design-checklist">
          {board.checklist.map((c) => (
            <li key={c.id}>
              <label className="check">
                <input type="checkbox" checked={checked.has(c.id)} onChange={() => toggle(c.id)} /> <Html as="span" html={c.textHtml} />
              </label>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setShowAnswer(!showAnswer)}>{showAnswer ? t('topic.showLess') : t('design.reference')}</button>
        {showAnswer && <Html className="whiteboard-answer" html={board.detailedAnswerHtml} />}
        <p className="muted small" role="status" data-testid="saved">{savedAt ? t('design.saved', { time: new Date(savedAt).toLocaleTimeString() }) : t('design.notSaved')}</p>
        {error && <p className="error" role="alert">{error}</p>}
      </aside>
      <div className="whiteboard-canvas">
        <Suspense fallback={<p className="muted" role="status">{t('common.loading')}</p>}>
          <Board
            initial={board.scene}
            dark={document.documentElement.dataset['theme'] === 'dark'}
            lang={lang}
            onChange={(next) => {
              const before = JSON.stringify(scene.current?.elements ?? []);
              scene.current = next;
              if (JSON.stringify(next.elements) !== before) save(checked);
            }}
          />
        </Suspense>
      </div>
    </div>
  );
}
