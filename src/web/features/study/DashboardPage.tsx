import { Link } from 'wouter';
import type { DashboardResponse } from '../../../contract/study.js';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';
import { ForecastBars, Heatmap, MasteryBars } from './charts.js';
import { DataPanel } from './DataPanel.js';

function Dashboard({ d }: { d: DashboardResponse }) {
  const { t } = useI18n();
  const work = d.stats.due_today + d.newToday;
  return (
    <>
      <section className="today-card" aria-labelledby="today">
        <h2 id="today">{t('dashboard.today')} · {d.today}</h2>
        <p>{t('dashboard.dueNow', { due: d.stats.due_today, fresh: d.newToday })}</p>
        {work > 0 ? (
          <Link href="/review" className="button primary">{t('dashboard.start')}</Link>
        ) : (
          <p className="muted">{t('dashboard.allDone')}</p>
        )}
      </section>
      <ul className="stat-row">
        <li><strong>{d.stats.cards_total}</strong> {t('dashboard.cards')}</li>
        <li><strong>{d.stats.reviews_total}</strong> {t('dashboard.reviews')}</li>
        <li><strong>{d.stats.streak_days}</strong> {t('dashboard.streak')}</li>
      </ul>
      <section aria-labelledby="mastery">
        <h2 id="mastery">
          {t('dashboard.mastery')}{' '}
          <span className="help" tabIndex={0} title={t('dashboard.masteryHelp')} aria-label={t('dashboard.masteryHelp')}>?</span>
        </h2>
        <MasteryBars rows={d.mastery} />
      </section>
      <section aria-labelledby="forecast">
        <h2 id="forecast">{t('dashboard.forecast')}</h2>
        <ForecastBars days={d.forecast} />
      </section>
      <section aria-labelledby="heatmap">
        <h2 id="heatmap">{t('dashboard.heatmap')}</h2>
        <Heatmap days={d.heatmap} />
      </section>
      <DataPanel />
    </>
  );
}

/** How ready am I, and what do I do today: pictures first, numbers on hover. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.dashboard(lang), [lang]);
  return (
    <div className="dashboard-page">
      <h1>{t('dashboard.title')}</h1>
      <AsyncView state={state}>{(d) => <Dashboard d={d} />}</AsyncView>
    </div>
  );
}
