import katex from 'katex';
import MarkdownItClass, { type MarkdownIt } from 'markdown-it';
import texmath from 'markdown-it-texmath';

/** Where a link to another topic's file points, e.g. "../10.3-rope-derivation/zh.md#x" → {id:"10.3", slug, hash}. */
export interface TopicLink {
  readonly id: string;
  readonly slug: string;
  readonly hash: string;
}

const topicLinkPattern = /^\.\.\/(\d+\.\d+)-([a-z0-9-]+)\/(?:zh|en)\.md(#[\w-]*)?$/;

/** Parse a relative link to another topic file, or undefined when it is not one. */
export function parseTopicLink(href: string): TopicLink | undefined {
  const m = topicLinkPattern.exec(href);
  if (!m?.[1] || !m[2]) return undefined;
  return { id: m[1], slug: m[2], hash: m[3] ?? '' };
}

/**
 * The one markdown configuration used everywhere (checker, server rendering, tests): raw HTML disabled, which is
 * also what keeps imported and user-written markdown from injecting script; KaTeX math with `$…$` and `$$…$$`.
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownItClass({ html: false, linkify: false, typographer: false });
  md.use(texmath, { engine: katex, delimiters: 'dollars', katexOptions: { throwOnError: false, strict: 'ignore', output: 'html' } });
  const defaultFence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token && token.info.trim() === 'mermaid') {
      // Rendered to SVG lazily in the browser; until then the source shows as text.
      return `<pre class="mermaid-source">${md.utils.escapeHtml(token.content)}</pre>\n`;
    }
    return defaultFence ? defaultFence(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = String(token?.attrGet('href') ?? '');
    const topic = parseTopicLink(href);
    if (token && topic) token.attrSet('href', `/topics/${topic.id}${topic.hash}`);
    else if (token && /^https?:\/\//.test(href)) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}
