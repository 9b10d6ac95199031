export interface LinePoint {
  readonly x: number;
  readonly y: number;
}

/** A small line chart (hand-written SVG) with a dashed horizontal limit such as the GPU's memory. */
export function LineChart({ points, limit, title, formatX, formatY }: { points: readonly LinePoint[]; limit?: number; title: string; formatX(x: number): string; formatY(y: number): string }) {
  const w = 600;
  const h = 220;
  const pad = { left: 70, right: 12, top: 12, bottom: 30 };
  const maxX = Math.max(...points.map((p) => p.x), 1);
  const maxY = Math.max(...points.map((p) => p.y), limit ?? 0, 1);
  const sx = (x: number) => pad.left + (x / maxX) * (w - pad.left - pad.right);
  const sy = (y: number) => h - pad.bottom - (y / maxY) * (h - pad.top - pad.bottom);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * maxY);
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * maxX);
  return (
    <figure className="calc-chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={title}>
        <title>{title}</title>
        {yTicks.map((y) => (
          <g key={`y${y}`}>
            <line x1={pad.left} x2={w - pad.right} y1={sy(y)} y2={sy(y)} className="calc-grid" />
            <text x={pad.left - 6} y={sy(y) + 4} textAnchor="end" className="calc-tick">
              {formatY(y)}
            </text>
          </g>
        ))}
        {xTicks.map((x) => (
          <text key={`x${x}`} x={sx(x)} y={h - 10} textAnchor="middle" className="calc-tick">
            {formatX(x)}
          </text>
        ))}
        {limit !== undefined ? <line x1={pad.left} x2={w - pad.right} y1={sy(limit)} y2={sy(limit)} stroke="var(--danger)" strokeDasharray="5 4" /> : null}
        <path d={path} fill="none" stroke="var(--accent)" strokeWidth={2.5} />
      </svg>
      <figcaption className="muted small">{title}</figcaption>
    </figure>
  );
}
