import { describe, expect, it } from 'vitest';
import { createMarkdown } from './index.js';

const md = createMarkdown();

describe('createMarkdown', () => {
  it('renders inline and display math with KaTeX, also next to Chinese punctuation', () => {
    const html = md.render('缩放因子是 $\\sqrt{d_k}$，然后：\n\n$$\nQK^\\top\n$$');
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('katex-error');
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = md.render('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: links', () => {
    expect(md.render('[x](javascript:alert(1))')).not.toContain('href="javascript:');
  });

  it('turns topic links into app routes and marks external links', () => {
    expect(md.render('[RoPE](../10.3-rope-derivation/zh.md#rope-q)')).toContain('href="/topics/10.3#rope-q"');
    const external = md.render('[paper](https://arxiv.org/abs/1706.03762)');
    expect(external).toContain('rel="noopener noreferrer"');
  });

  it('leaves Mermaid source for the browser to draw', () => {
    expect(md.render('```mermaid\nflowchart LR\n  a --> b\n```')).toContain('<pre class="mermaid-source">flowchart LR\n  a --&gt; b');
  });
});
