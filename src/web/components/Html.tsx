import type { ElementType } from 'react';

/**
 * Render HTML produced by the server's markdown renderer. That renderer runs with raw HTML disabled, so the
 * string contains only markup generated from markdown (and KaTeX), never markup taken from the source text.
 */
export function Html({ html, as: Tag = 'div', className }: { html: string; as?: ElementType; className?: string }) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
