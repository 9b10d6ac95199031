import { formatBytes } from '../format.js';

export interface BarSegment {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

/** A horizontal stacked bar of memory parts, with an optional capacity marker (the GPU's memory). */
export function StackedBar({ segments, capacity, capacityLabel, title, format = formatBytes }: { segments: readonly BarSegment[]; capacity?: number; capacityLabel?: string; title: string; format?: (value: number) => string }) {
  const width = 600;
  const total = segments.reduce((s, x) => s + x.value, 0);
  const scale = Math.max(total, capacity ?? 0) || 1;
  let x = 0;
  return (
    <figure className="calc-chart">
      <svg viewBox={`0 0 ${width} 56`} role="img" aria-label={`${title}: ${format(total)}`} preserveAspectRatio="none">
        <title>{title}</title>
        {segments.map((s) => {
          const w = (s.value / scale) * width;
          const rect = <rect key={s.label} x={x} y={8} width={Math.max(w, 0)} height={28} fill={s.color} />;
          x += w;
          return rect;
        })}
        {capacity !== undefined ? <line x1={(capacity / scale) * width - 1} x2={(capacity / scale) * width - 1} y1={2} y2={44} stroke="currentColor" strokeWidth={2} strokeDasharray="4 3" /> : null}
      </svg>
      <figcaption>
        {segments.map((s) => (
          <span key={s.label} className="calc-legend">
            <span className="calc-swatch" style={{ background: s.color }} /> {s.label}: {format(s.value)}
          </span>
        ))}
        {capacity !== undefined ? <span className="calc-legend">┆ {capacityLabel}: {format(capacity)}</span> : null}
      </figcaption>
    </figure>
  );
}
