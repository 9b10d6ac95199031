import type { MarkdownIt } from 'markdown-it';
import { createMarkdown } from '../content/markdown.js';

/**
 * The renderer for markdown the user imports from other collections: the library's configuration (raw HTML
 * disabled, KaTeX math) plus two rules for text we did not write. Images become their alt text, so nothing is
 * fetched from elsewhere (the app is offline and must not be a tracking pixel's client); links that are not
 * http(s) lose their href, so a relative path or a javascript: URL cannot act inside the app.
 */
export function createImportMarkdown(): MarkdownIt {
  const md = createMarkdown();
  md.renderer.rules.image = (tokens, idx) => {
    const alt = tokens[idx]?.children?.map((c) => c.content).join('') ?? '';
    return `<span class="imported-image">[${md.utils.escapeHtml(alt || 'image')}]</span>`;
  };
  const linkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token?.attrGet('href') ?? '');
    if (token && !/^https?:\/\//i.test(href)) {
      token.attrs = [];
      token.tag = 'span';
    }
    return linkOpen ? linkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  const linkClose = md.renderer.rules.link_close;
  md.renderer.rules.link_close = (tokens, idx, options, env, self) => {
    const open = tokens.slice(0, idx).reverse().find((t) => t.type === 'link_open');
    if (open?.tag === 'span' && tokens[idx]) tokens[idx].tag = 'span';
    return linkClose ? linkClose(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}
