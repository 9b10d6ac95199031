import { useState, type FormEvent } from 'react';
import type { PlanResponse, StudySettings } from '../../../contract/study.js';
import { categories } from '../../../core/syllabus/data.js';
import { api } from '../../api-client.js';
import { useAsync } from '../../components/use-async.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useI18n } from '../../i18n/index.js';

type Plan = NonNullable<PlanResponse['plan']>;

function Calendar({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  const first = plan.days[0]?.date;
  if (!first) return null;
  const lead = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const area = (id: string | null) => categories.find((c) => c.id === id);
  return (
    <div className="calendar" role="grid" aria-label={t('plan.title')}>
      {t('plan.weekdays').split(',').map((d) => (
        <div key={d} className="calendar-head" role="columnheader">{d}</div>
      ))}
      {Array.from({ length: lead }, (_, i) => <div key={`blank-${i}`} className="calendar-day blank" />)}
      {plan.days.map((d) => (
        <div key={d.date} role="gridcell" className={`calendar-day${d.consolidation ? ' consolidation' : ''}${d.overBudget ? ' over' : ''}`} data-date={d.date}>
          <div className="calendar-date">{d.date.slice(5)}</div>
          {d.newCards > 0 && <div className="cal-new">{t('plan.dayNew', { count: d.newCards })}{d.newTopics.length > 0 ? ` · ${d.newTopics.join(' ')}` : ''}</div>}
          {d.reviews > 0 && <div className="cal-reviews">{t('plan.dayReviews', { count: d.reviews })}</div>}
          {d.weakMinutes > 0 && (
            <div className="cal-weak" title={area(d.weakArea)?.title[lang]}>
              {t('plan.dayWeak', { minutes: d.weakMinutes, area: `#${area(d.weakArea)?.number ?? ''}` })}
            </div>
          )}
          {d.consolidation && <div className="cal-tag">{t('plan.consolidation')}</div>}
          <div className="cal-minutes">{t('plan.dayMinutes', { minutes: d.minutes })}</div>
        </div>
      ))}
    </div>
  );
}

function SettingsForm({ initial, onSaved }: { initial: StudySettings; onSaved(): void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(initial);
  const [message, setMessage] = useState<string | undefined>();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      await api.saveStudySettings(form);
      setMessage(t('plan.saved'));
      onSaved();
    } catch (e) {
      setMessage(t('common.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const toggleFocus = (id: string): void => setForm({ ...form, focus: form.focus.includes(id) ? form.focus.filter((f) => f !== id) : [...form.focus, id] });
  return (
    <form className="plan-form" onSubmit={(e) => void submit(e)}>
      <label>
        {t('plan.interviewDate')}
        <input type="date" name="interviewDate" value={form.interviewDate ?? ''} onChange={(e) => setForm({ ...form, interviewDate: e.target.value || null })} />
      </label>
      <label>
        {t('plan.minutesPerDay')}
        <input type="number" name="minutesPerDay" min={5} max={1440} value={form.minutesPerDay} onChange={(e) => setForm({ ...form, minutesPerDay: Number(e.target.value) })} />
      </label>
      <label>
        {t('plan.newPerDay')}
        <input type="number" name="newPerDay" min={0} max={500} value={form.newPerDay} onChange={(e) => setForm({ ...form, newPerDay: Number(e.target.value) })} />
      </label>
      <label>
        {t('plan.retention')} ({Math.round(form.desiredRetention * 100)}%)
        <input type="range" name="desiredRetention" min={0.8} max={0.97} step={0.01} value={form.desiredRetention} onChange={(e) => setForm({ ...form, desiredRetention: Number(e.target.value) })} />
      </label>
      <fieldset>
        <legend>{t('plan.focus')}</legend>
        <p className="muted small">{t('plan.focusHelp')}</p>
        {categories.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" checked={form.focus.includes(c.id)} onChange={() => toggleFocus(c.id)} /> {c.number}. {c.title[lang]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">{t('plan.save')}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

/** The study plan: settings on the left, the days to the interview as a calendar. */
export default function PlanPage() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const state = useAsync(() => api.plan(), [version]);
  return (
    <div className="plan-page">
      <h1>{t('plan.title')}</h1>
      <AsyncView state={state}>
        {(p) => (
          <div className="plan-layout">
            <SettingsForm initial={p.settings} onSaved={() => setVersion(version + 1)} />
            <section>
              {!p.plan ? (
                <p className="notice">{t('plan.noDate')}</p>
              ) : (
                <>
                  <p>{t('plan.summary', { total: p.plan.newCardsTotal, perDay: p.plan.newCardsPerDay, last: p.plan.lastNewDay ?? '—' })}</p>
                  <p className={p.plan.feasible ? 'ok' : 'error'}>
                    {p.plan.feasible ? t('plan.feasible', { minutes: p.settings.minutesPerDay }) : t('plan.infeasible', { peak: p.plan.peakMinutes, minutes: p.settings.minutesPerDay })}
                  </p>
                  <Calendar plan={p.plan} />
                </>
              )}
            </section>
          </div>
        )}
      </AsyncView>
    </div>
  );
}
