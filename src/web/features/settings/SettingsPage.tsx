import { useEffect, useState, type FormEvent } from 'react';
import type { LlmSettingsResponse } from '../../../contract/grading.js';
import { api } from '../../api-client.js';
import { useI18n } from '../../i18n/index.js';

/** Settings: the optional OpenAI-compatible LLM that grades practice answers. */
export default function SettingsPage() {
  const { t } = useI18n();
  const [current, setCurrent] = useState<LlmSettingsResponse | undefined>();
  const [form, setForm] = useState({ baseUrl: '', model: '', apiKey: '' });
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    void api.llmSettings().then((s) => {
      setCurrent(s);
      setForm({ baseUrl: s.baseUrl, model: s.model, apiKey: '' });
    });
  }, []);
  const save = async (event: FormEvent, removeKey = false): Promise<void> => {
    event.preventDefault();
    try {
      const apiKey = removeKey ? '' : form.apiKey || undefined;
      const saved = await api.saveLlmSettings({ baseUrl: form.baseUrl.trim(), model: form.model.trim(), ...(apiKey === undefined ? {} : { apiKey }) });
      setCurrent(saved);
      setForm({ ...form, apiKey: '' });
      setMessage(t('settings.saved'));
    } catch (e) {
      setMessage(t('common.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="settings-page">
      <h1>{t('settings.title')}</h1>
      <form className="plan-form settings-form" onSubmit={(e) => void save(e)}>
        <h2>{t('settings.llm')}</h2>
        <p className="muted small">{t('settings.llmHelp')}</p>
        <label>
          {t('settings.baseUrl')}
          <input name="baseUrl" type="url" placeholder="http://127.0.0.1:11434/v1" value={form.baseUrl} onChange={(e) => setForm({ ...form, baseUrl: e.target.value })} />
        </label>
        <label>
          {t('settings.model')}
          <input name="model" placeholder="qwen2.5:7b-instruct" value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} />
        </label>
        <label>
          {t('settings.apiKey')}
          <input name="apiKey" type="password" autoComplete="off" placeholder={current?.hasApiKey ? t('settings.apiKeyStored') : ''} value={form.apiKey} onChange={(e) => setForm({ ...form, apiKey: e.target.value })} />
        </label>
        <div className="practice-actions">
          <button type="submit" className="primary">{t('settings.save')}</button>
          {current?.hasApiKey && (
            <button type="button" onClick={(e) => void save(e, true)}>{t('settings.removeKey')}</button>
          )}
        </div>
        {message && <p role="status">{message}</p>}
      </form>
    </div>
  );
}
