import { describe, expect, it } from 'vitest';
import { createImportMarkdown } from './render.js';

const md = createImportMarkdown();

describe('createImportMarkdown', () => {
  it('escapes raw HTML and script', () => {
    const html = md.render('<script>alert(1)</script><img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/);
  });

  it('turns images into their alt text so nothing is fetched', () => {
    const html = md.render('![diagram of attention](https://tracker.example/pixel.png)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('[diagram of attention]');
  });

  it('keeps http(s) links safe and drops other hrefs', () => {
    expect(md.render('[paper](https://arxiv.org/abs/1706.03762)')).toContain('rel="noopener noreferrer"');
    const relative = md.render('[next](./chapter2.md) and [x](javascript:alert(1))');
    expect(relative).not.toContain('href');
    expect(relative).toContain('next');
  });

  it('still renders math', () => {
    expect(md.render('$\\sqrt{d_k}$')).toContain('class="katex"');
  });
});
