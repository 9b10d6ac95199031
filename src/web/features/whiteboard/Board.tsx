import '@excalidraw/excalidraw/index.css';
import { Excalidraw } from '@excalidraw/excalidraw';
import type { BinaryFiles } from '@excalidraw/excalidraw/types';
import { useMemo } from 'react';

export interface Scene {
  elements: unknown[];
  files?: Record<string, unknown>;
}

/**
 * The Excalidraw canvas (this module is the heavy chunk, loaded only on whiteboard pages). Changes are reported
 * with deleted elements dropped, so the saved scene is what the user sees.
 */
export default function Board({ initial, dark, lang, onChange }: { initial: Scene | null; dark: boolean; lang: 'zh' | 'en'; onChange(scene: Scene): void }) {
  const initialData = useMemo(
    () => ({ elements: (initial?.elements ?? []) as never[], files: (initial?.files ?? {}) as BinaryFiles, scrollToContent: true }),
    // The canvas owns its state after the first render; a new initial scene means a new board (keyed by the page).
    [],
  );
  return (
    <Excalidraw
      initialData={initialData}
      theme={dark ? 'dark' : 'light'}
      langCode={lang === 'zh' ? 'zh-CN' : 'en'}
      onChange={(elements, _appState, files) => onChange({ elements: elements.filter((e) => !e.isDeleted) as unknown[], files: files as Record<string, unknown> })}
    />
  );
}
