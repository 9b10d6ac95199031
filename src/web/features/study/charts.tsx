import type { CategoryMastery } from '../../../contract/study.js';
import { useI18n } from '../../i18n/index.js';

/** A year of reviews as a GitHub-style grid: one column per week, one cell per day, darker = more reviews. */
export function Heatmap({ days }: { days: readonly { day: string; count: number }[] }) {
  const { t } = useI18n();
  const cell = 11;
  const gap = 2;
  const first = days[0]?.day ?? '2000-01-03';
  // Monday = row 0: shift the first column so weekdays line up.
  const offset = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const max = Math.max(1, ...days.map((d) => d.count));
  const weeks = Math.ceil((days.length + offset) / 7);
  const level = (n: number): number => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  return (
    <svg className="heatmap" role="img" aria-label={t('dashboard.heatmap')} viewBox={`0 0 ${weeks * (cell + gap)} ${7 * (cell + gap)}`}>
      {days.map((d, i) => {
        const index = i + offset;
        return (
          <rect key={d.day} x={Math.floor(index / 7) * (cell + gap)} y={(index % 7) * (cell + gap)} width={cell} height={cell} rx={2} className={`heat l${level(d.count)}`}>
            <title>{t('dashboard.heatCell', { day: d.day, count: d.count })}</title>
          </rect>
        );
      })}
    </svg>
  );
}

/** Cards due per day, as bars, with the count above each bar. */
export function ForecastBars({ days }: { days: readonly { day: string; count: number }[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...days.map((d) => d.count));
  const w = 28;
  const h = 100;
  return (
    <svg className="forecast" role="img" aria-label={t('dashboard.forecast')} viewBox={`0 0 ${days.length * w} ${h + 34}`}>
      {days.map((d, i) => {
        const bar = Math.round((d.count / max) * h);
        return (
          <g key={d.day}>
            <rect x={i * w + 4} y={h - bar + 14} width={w - 8} height={Math.max(bar, 1)} rx={3} className="forecast-bar">
              <title>{t('dashboard.forecastBar', { day: d.day, count: d.count })}</title>
            </rect>
            <text x={i * w + w / 2} y={h - bar + 10} textAnchor="middle" className="chart-label">{d.count > 0 ? d.count : ''}</text>
            <text x={i * w + w / 2} y={h + 30} textAnchor="middle" className="chart-label">{d.day.slice(8)}</text>
          </g>
        );
      })}
    </svg>
  );
}

/** Mastery per category as horizontal bars; the explanation is one tooltip away. */
export function MasteryBars({ rows }: { rows: readonly CategoryMastery[] }) {
  const { t } = useI18n();
  return (
    <ul className="mastery-bars">
      {rows.map((m) => {
        const percent = Math.round(m.mastery * 100);
        const label = t('dashboard.masteryOf', { title: m.title, percent, studied: m.studied, cards: m.cards });
        return (
          <li key={m.categoryId} title={label} className={m.tier}>
            <span className="mastery-title">{m.title}</span>
            <span className="mastery-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
              <span className="mastery-fill" style={{ width: `${percent}%` }} />
            </span>
            <span className="mastery-value">{percent}%</span>
          </li>
        );
      })}
    </ul>
  );
}
