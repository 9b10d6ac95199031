import { useId } from 'react';
import { modelPresets } from '../../../core/calculators/index.js';
import { useI18n } from '../../i18n/index.js';
import { customSource } from './use-model.js';

export interface ModelPickerProps {
  readonly source: string;
  readonly configText: string;
  readonly error: string | null;
  onSource(next: string): void;
  onConfigText(next: string): void;
}

/** Choose a bundled model or paste/upload a Hugging Face config.json. */
export function ModelPicker({ source, configText, error, onSource, onConfigText }: ModelPickerProps) {
  const { t } = useI18n();
  const selectId = useId();
  const textId = useId();
  const readFile = (file: File | undefined) => {
    if (file) void file.text().then(onConfigText);
  };
  return (
    <section className="calc-model">
      <div className="calc-field">
        <label htmlFor={selectId}>{t('calc.model')}</label>
        <select id={selectId} value={source} onChange={(e) => onSource(e.target.value)}>
          {modelPresets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={customSource}>{t('calc.customConfig')}</option>
        </select>
      </div>
      {source === customSource ? (
        <div className="calc-config">
          <label htmlFor={textId}>{t('calc.pasteConfig')}</label>
          <textarea id={textId} rows={8} spellCheck={false} value={configText} placeholder='{"model_type": "llama", "hidden_size": 4096, …}' onChange={(e) => onConfigText(e.target.value)} />
          <label className="calc-upload">
            {t('calc.uploadConfig')} <input type="file" accept=".json,application/json" onChange={(e) => readFile(e.target.files?.[0])} />
          </label>
        </div>
      ) : null}
      {error !== null ? (
        <p className="error" role="alert" data-testid="model-error">
          {source === customSource && configText.trim() === '' ? t('calc.pasteHint') : error}
        </p>
      ) : null}
    </section>
  );
}
