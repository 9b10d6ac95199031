import katex from 'katex';
import type { MarkdownIt, Token } from 'markdown-it';
import { findTopic } from '../syllabus/index.js';
import { parseTopicLink } from './markdown.js';



const mathTypes = new Set(['math_inline', 'math_inline_double', 'math_block', 'math_block_eqno']);

function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const t of tokens) {
    yield t;
    if (t.children) yield* walk(t.children);
  }
}

/**
 * Problems in one markdown fragment: formulas KaTeX cannot render, a `$` that did not pair into a formula
 * (the classic "formula shows as raw text"), and links to topics that are not in the syllabus.
 */
export function checkMarkdown(md: MarkdownIt, markdown: string): string[] {
  const problems: string[] = [];
  for (const token of walk(md.parse(markdown, {}))) {
    if (mathTypes.has(token.type)) {
      try {
        katex.renderToString(token.content, { throwOnError: true, strict: 'ignore', displayMode: token.type !== 'math_inline' });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push(`KaTeX cannot render "${token.content.slice(0, 80)}": ${reason}`);
      }
    } else if (token.type === 'text' && /(^|[^\\])\$/.test(token.content)) {
      problems.push(`an unpaired "$" leaves math unrendered near: "${token.content.slice(0, 80)}"`);
    } else if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      const link = parseTopicLink(href);
      if (link) {
        const topic = findTopic(link.id);
        if (!topic || topic.slug !== link.slug) problems.push(`link to an unknown topic: ${href}`);
      } else if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && (/^\.\.?\//.test(href) || /\.md(#|$)/.test(href))) {
        problems.push(`relative link that is not a topic file: ${href}`);
      }
    }
  }
  return problems;
}
