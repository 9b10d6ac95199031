import { useEffect, useRef, useState } from 'react';
import type { EditorView } from 'codemirror';
import { useI18n } from '../../i18n/index.js';

/**
 * A CodeMirror 6 Python editor. CodeMirror is imported on mount, so it is a separate chunk fetched only on exercise
 * pages. `value` seeds the document; later changes to it (reset) replace the document.
 */
export function CodeEditor({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    void Promise.all([import('codemirror'), import('@codemirror/lang-python'), import('@codemirror/commands'), import('@codemirror/view')]).then(([cm, py, commands, cmView]) => {
      if (disposed || !host.current) return;
      view.current = new cm.EditorView({
        doc: value,
        parent: host.current,
        extensions: [
          cm.basicSetup,
          py.python(),
          cmView.keymap.of([commands.indentWithTab]),
          cm.EditorView.contentAttributes.of({ 'aria-label': t('exercises.editor'), 'data-testid': 'code-editor' }),
          cm.EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      });
      setReady(true);
    });
    return () => {
      disposed = true;
      view.current?.destroy();
      view.current = null;
    };
    // The editor is created once per mount; the document is synchronised below.
  }, []);

  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  return (
    <div className="code-editor" ref={host}>
      {!ready && <p className="muted" role="status">{t('exercises.editorLoading')}</p>}
    </div>
  );
}
