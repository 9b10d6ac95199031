import type { HighlighterCore } from 'shiki/core';

/**
 * Progressive enhancement of server-rendered answers, loaded only on pages that have code or diagrams:
 * Shiki for code (the JS regex engine and four grammars, no WASM) and Mermaid for diagrams.
 */
let highlighter: Promise<HighlighterCore> | undefined;

function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([import('shiki/core'), import('shiki/engine/javascript')]);
    return createHighlighterCore({
      engine: createJavaScriptRegexEngine(),
      themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
      langs: [import('shiki/langs/python.mjs'), import('shiki/langs/bash.mjs'), import('shiki/langs/json.mjs'), import('shiki/langs/yaml.mjs')],
    });
  })();
  return highlighter;
}

const aliases: Record<string, string> = { py: 'python', sh: 'bash', shell: 'bash', yml: 'yaml' };

async function highlightCode(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('pre > code[class*="language-"]')].filter((c) => !c.dataset['highlighted']);
  if (blocks.length === 0) return;
  const hl = await loadHighlighter();
  const loaded = new Set(hl.getLoadedLanguages());
  for (const code of blocks) {
    const raw = /language-([\w-]+)/.exec(code.className)?.[1] ?? '';
    const lang = aliases[raw] ?? raw;
    code.dataset['highlighted'] = 'true';
    if (!loaded.has(lang)) continue;
    const html = hl.codeToHtml(code.textContent ?? '', { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
    const pre = code.parentElement;
    if (pre) pre.outerHTML = html;
  }
}

let diagramCount = 0;

async function renderDiagrams(root: HTMLElement): Promise<void> {
  const sources = [...root.querySelectorAll<HTMLElement>('pre.mermaid-source')];
  if (sources.length === 0) return;
  const mermaid = (await import('mermaid')).default;
  const dark = document.documentElement.dataset['theme'] === 'dark';
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
  for (const pre of sources) {
    diagramCount += 1;
    try {
      const { svg } = await mermaid.render(`mermaid-${diagramCount}`, pre.textContent ?? '');
      const figure = document.createElement('figure');
      figure.className = 'mermaid-diagram';
      figure.innerHTML = svg;
      pre.replaceWith(figure);
    } catch {
      pre.classList.add('mermaid-failed');
    }
  }
}

/** Highlight code and draw diagrams inside `root`; safe to call again after more content is revealed. */
export async function enhance(root: HTMLElement): Promise<void> {
  await Promise.all([highlightCode(root), renderDiagrams(root)]);
}
