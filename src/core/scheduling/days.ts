/**
 * Calendar days in the user's time zone, as "YYYY-MM-DD" keys. The offset (minutes east of UTC, e.g. 480 for
 * China Standard Time) is passed in, never read from the environment, so every computation is reproducible.
 */
const dayMs = 86_400_000;

export function dayKey(ms: number, tzOffsetMinutes: number): string {
  return new Date(ms + tzOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The instant (epoch ms) the local day `key` starts. */
export function dayStartMs(key: string, tzOffsetMinutes: number): number {
  return Date.parse(`${key}T00:00:00Z`) - tzOffsetMinutes * 60_000;
}

export function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both keys); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export function isDayKey(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
