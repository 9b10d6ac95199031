import type { ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';
import type { AsyncState } from './use-async.js';

/** Loading and error states in one place, so every page shows them the same way. */
export function AsyncView<T>({ state, children }: { state: AsyncState<T>; children: (value: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p className="muted" role="status">{t('common.loading')}</p>;
  if (state.status === 'error') return <p className="error" role="alert">{t('common.error', { message: state.error.message })}</p>;
  return <>{children(state.value)}</>;
}
