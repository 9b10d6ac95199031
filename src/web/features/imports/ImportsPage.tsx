import { useState, type ChangeEvent } from 'react';
import { Link } from 'wouter';
import { api } from '../../api-client.js';
import { AsyncView } from '../../components/AsyncView.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/index.js';

/** Upload markdown collections and list what was imported. */
export default function ImportsPage() {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | undefined>();
  const state = useAsync(() => api.imports(), [version]);
  const upload = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0) return;
    try {
      const files = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await f.text() })));
      const r = await api.importFiles(files);
      setMessage(t('imports.result', { added: r.added, found: r.found, duplicates: r.duplicates }));
      setVersion(version + 1);
    } catch (e) {
      setMessage(t('common.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const remove = async (id: number): Promise<void> => {
    if (!window.confirm(t('imports.confirmDelete'))) return;
    await api.deleteImport(id);
    setVersion(version + 1);
  };
  return (
    <div className="imports-page">
      <h1>{t('imports.title')}</h1>
      <p className="muted">{t('imports.help')}</p>
      <label className="button primary">
        {t('imports.choose')}
        <input type="file" multiple accept=".md,.markdown,text/markdown" className="visually-hidden" onChange={(e) => void upload(e)} />
      </label>
      {message && <p role="status">{message}</p>}
      <AsyncView state={state}>
        {(sources) =>
          sources.length === 0 ? (
            <p className="muted">{t('imports.none')}</p>
          ) : (
            <ul className="import-sources">
              {sources.map((s) => (
                <li key={s.id}>
                  <Link href={`/imports/${s.id}`}>{s.name}</Link> <span className="muted small">{t('imports.items', { count: s.items })} · {s.importedAt.slice(0, 10)}</span>{' '}
                  <button type="button" onClick={() => void remove(s.id)}>{t('imports.delete')}</button>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </div>
  );
}
