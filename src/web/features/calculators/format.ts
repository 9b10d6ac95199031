import { formatNumber } from '../../../core/calculators/index.js';

/** "1,342,177,280 B" → "1.34 GB" for headline figures (the exact integer stays in the formula list). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e12) return `${(bytes / 1e12).toPrecision(4)} TB`;
  if (bytes >= 1e9) return `${(bytes / 1e9).toPrecision(4)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toPrecision(4)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toPrecision(4)} KB`;
  return `${bytes} B`;
}

/** 6,738,415,616 → "6.74B"; small counts stay exact. */
export function formatCount(count: number): string {
  if (count >= 1e12) return `${(count / 1e12).toPrecision(3)}T`;
  if (count >= 1e9) return `${(count / 1e9).toPrecision(3)}B`;
  if (count >= 1e6) return `${(count / 1e6).toPrecision(3)}M`;
  return formatNumber(count);
}

export function formatSeconds(seconds: number): string {
  if (seconds >= 1) return `${seconds.toPrecision(3)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toPrecision(3)} ms`;
  return `${(seconds * 1e6).toPrecision(3)} µs`;
}

export { formatNumber };
