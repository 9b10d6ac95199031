import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useI18n } from '../../i18n/index.js';

/** The header search field; "/" focuses it from anywhere (unless you are typing in a field). */
export function SearchBox() {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const [value, setValue] = useState(params.get('q') ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable], .cm-editor')) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (value.trim()) navigate(`/search?q=${encodeURIComponent(value.trim())}`);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <input ref={input} type="search" name="q" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('search.placeholder')} aria-label={t('search.label')} />
    </form>
  );
}
