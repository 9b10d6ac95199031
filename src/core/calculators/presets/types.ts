/** A JSON value, so bundled config.json data stays plain data that could be written to a file as is. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonConfig = { readonly [key: string]: JsonValue };

/**
 * How the exact integer we assert relates to what the model's authors published:
 * - 'published-exact': the exact integer is the widely quoted count of the released checkpoint;
 * - 'checkpoint-from-config': the authors state a rounded figure; the exact integer is the count of the safetensors
 *   checkpoint as computed from config.json, and the test checks it rounds to the stated figure.
 */
export type CountBasis = 'published-exact' | 'checkpoint-from-config';

export interface PublishedCount {
  readonly exactTotal: number;
  readonly basis: CountBasis;
  /** The headline figure as printed by the source, e.g. "6.74B" (checked to agree with exactTotal). */
  readonly statedTotal: string;
  /** The stated activated-parameter figure of an MoE model, e.g. "12.9B". */
  readonly statedActive?: string;
  /** Which count the stated activated figure refers to. */
  readonly activeConvention?: 'all' | 'excludes-input-embedding';
  readonly source: string;
  readonly note?: string;
}

export interface ModelPreset {
  /** Stable id for the CLI and URLs, e.g. "llama-2-70b". */
  readonly id: string;
  /** The Hugging Face repository the config comes from. */
  readonly name: string;
  readonly config: JsonConfig;
  readonly published: PublishedCount;
}
