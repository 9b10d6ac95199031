import { useEffect, useRef } from 'react';

export interface QuestionKeyActions {
  toggle(id: string): void;
  expandAll(): void;
  collapseAll(): void;
}

/**
 * Reading a topic by keyboard: j / k move to the next / previous question, o (or Enter on a question) opens or
 * closes its full answer, a opens all, s shows short answers only. Keys typed into fields are left alone.
 */
export function useQuestionKeys(questionIds: readonly string[], actions: QuestionKeyActions): void {
  const current = useRef(-1);
  const latest = useRef({ questionIds, actions });
  latest.current = { questionIds, actions };
  useEffect(() => {
    const focusAt = (index: number): void => {
      const { questionIds: ids } = latest.current;
      if (ids.length === 0) return;
      current.current = Math.max(0, Math.min(ids.length - 1, index));
      const el = document.getElementById(ids[current.current] ?? '');
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    };
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || target?.closest('input, textarea, select, [contenteditable], button, a')) return;
      const { questionIds: ids, actions: act } = latest.current;
      const focused = target?.closest('article.question')?.id;
      if (focused) current.current = ids.indexOf(focused);
      switch (event.key) {
        case 'j':
          focusAt(current.current + 1);
          break;
        case 'k':
          focusAt(current.current - 1);
          break;
        case 'o':
        case 'Enter': {
          const id = ids[current.current];
          if (id) act.toggle(id);
          break;
        }
        case 'a':
          act.expandAll();
          break;
        case 's':
          act.collapseAll();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
