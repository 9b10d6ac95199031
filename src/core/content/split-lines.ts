/** A source line with its 1-based line number and whether it sits inside a fenced code block. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
  readonly inFence: boolean;
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Split markdown into lines, marking fenced code so that `## ` inside a Python comment or a Mermaid block is
 * never mistaken for a heading. `firstLine` is the line number of the first line (after front matter).
 */
export function splitLines(markdown: string, firstLine: number): SourceLine[] {
  const out: SourceLine[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((text, i) => {
    const line = firstLine + i;
    if (fence === undefined) {
      const open = fenceOpen.exec(text);
      if (open?.[1]) {
        fence = open[1];
        out.push({ text, line, inFence: true });
        return;
      }
      out.push({ text, line, inFence: false });
      return;
    }
    const closing = text.trim();
    if (closing.startsWith(fence) && /^[`~]+$/.test(closing) && closing.length >= fence.length) fence = undefined;
    out.push({ text, line, inFence: true });
  });
  return out;
}

/** Markdown text of a run of lines, with blank lines at both ends removed. */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines
    .map((l) => l.text)
    .join('\n')
    .replace(/^\s*\n/, '')
    .trim();
}
