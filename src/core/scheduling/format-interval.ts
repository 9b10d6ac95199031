const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A short interval label for a rating button: "<1m", "10m", "3h", "4d", "2.1mo", "1.3y". */
export function formatInterval(ms: number): string {
  if (ms < minute) return '<1m';
  if (ms < hour) return `${Math.round(ms / minute)}m`;
  if (ms < day) return `${Math.round(ms / hour)}h`;
  const days = ms / day;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${(days / 30).toFixed(1)}mo`;
  return `${(days / 365).toFixed(1)}y`;
}
