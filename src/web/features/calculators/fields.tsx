import { useId } from 'react';

/** Parse what the user typed ("4096", "1e23", "7_000"); NaN when it is not a number. */
export function parseNumber(text: string): number {
  const trimmed = text.trim().replaceAll('_', '').replaceAll(',', '');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function NumberField({ label, value, onChange, hint }: { label: string; value: string; onChange(next: string): void; hint?: string }) {
  const id = useId();
  const invalid = !Number.isFinite(parseNumber(value));
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} inputMode="decimal" value={value} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} />
      {hint ? <span className="muted small">{hint}</span> : null}
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { value: NoInfer<T>; label: string }[]; onChange(next: NoInfer<T>): void }) {
  const id = useId();
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(next: boolean): void }) {
  return (
    <label className="calc-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
