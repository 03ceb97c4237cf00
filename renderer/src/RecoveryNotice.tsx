import { useTranslation } from 'react-i18next';
import { useApi } from './ApiContext.tsx';
import { localeOf } from './i18n.ts';
import { useAsync } from './useAsync.ts';

/** Said at the top of every screen after the library was found damaged and its backup put back. */
export function RecoveryNotice() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [status] = useAsync(() => api.backup.status({}), [api]);
  if (status.status !== 'ready' || status.value.recovery === null) return null;
  const { recovery } = status.value;
  const time = new Date(recovery.backupCreatedAt).toLocaleString(localeOf(i18n.language), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="notice recovery-notice" role="alert">
      {t('backup.recovered', { time, damaged: recovery.damagedFile })}
    </div>
  );
}
