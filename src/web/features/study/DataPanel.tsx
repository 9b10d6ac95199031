import { useState, type ChangeEvent } from 'react';
import { api } from '../../api-client.js';
import { useI18n } from '../../i18n/index.js';

/** Backup download and restore upload; restore asks first, and the server refuses anything that is not a backup. */
export function DataPanel() {
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<string | undefined>();
  const restore = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !window.confirm(t('data.confirm'))) return;
    try {
      const result = await api.restoreBackup(JSON.parse(await file.text()) as unknown);
      setMessage(t('data.restored', { rows: result.rows }));
      window.setTimeout(() => window.location.reload(), 800);
    } catch (e) {
      setMessage(t('data.invalid', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section className="data-panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      <p className="muted">{t('data.help')}</p>
      <div className="data-actions">
        <a className="button" href="/api/backup" download>{t('data.download')}</a>
        <a className="button" href={`/api/export/anki?lang=${lang}`} download>{t('data.anki')}</a>
        <label className="button">
          {t('data.restore')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void restore(e)} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
