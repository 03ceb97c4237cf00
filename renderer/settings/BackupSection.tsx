import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../shared/contract/backup.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { localeOf } from '../src/i18n.ts';
import { useAsync } from '../src/useAsync.ts';

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * "Sao lưu": the library's backups (one a day kept for a week, and any made by hand),
 * "Sao lưu ngay", and restoring one after asking. The library a restore replaces is kept
 * as a backup of its own, listed here too.
 */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const locale = localeOf(i18n.language);
  const headingId = useId();
  const [list, reload] = useAsync(() => api.backup.list({}), [api]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | undefined>();
  const [confirming, setConfirming] = useState<BackupSummary | undefined>();
  const time = (at: number) => new Date(at).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setNotice({ text: await work(), error: false });
    } catch (error) {
      setNotice({ text: errorMessage(t, error), error: true });
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup.heading')}</h2>
      <p className="muted">{t('backup.policy')}</p>
      <button
        type="button"
        className="button-primary"
        disabled={busy}
        onClick={() => void act(async () => t('backup.made', { name: (await api.backup.create({})).name }))}
      >
        {t('backup.now')}
      </button>
      <p className={notice?.error === true ? 'error-text' : 'muted'} role="status">{notice?.text ?? ''}</p>
      {confirming !== undefined && (
        <div className="notice confirm-purge" role="alertdialog" aria-label={t('backup.confirmHeading')}>
          <span>{t('backup.confirmRestore', { time: time(confirming.createdAt), articles: confirming.articles })}</span>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              const chosen = confirming;
              setConfirming(undefined);
              void act(async () => {
                const { previous } = await api.backup.restore({ name: chosen.name });
                return t('backup.restored', { time: time(chosen.createdAt), previous: previous.name });
              });
            }}
          >
            {t('backup.restore')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(undefined)}>{t('backup.cancel')}</button>
        </div>
      )}
      {list.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, list.error)}</p>}
      {list.status === 'ready' && list.value.length === 0 && <p className="muted">{t('backup.none')}</p>}
      {list.status === 'ready' && list.value.length > 0 && (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t('backup.columns.time')}</th>
              <th scope="col">{t('backup.columns.name')}</th>
              <th scope="col" className="numeric">{t('backup.columns.articles')}</th>
              <th scope="col" className="numeric">{t('backup.columns.size')}</th>
              <th scope="col"><span className="visually-hidden">{t('library.columns.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.value.map((entry) => (
              <tr key={entry.name}>
                <td><time dateTime={new Date(entry.createdAt).toISOString()}>{time(entry.createdAt)}</time></td>
                <td>{entry.name}</td>
                <td className="numeric">{entry.articles.toLocaleString(locale)}</td>
                <td className="numeric">{t('backup.mib', { size: mib(entry.bytes) })}</td>
                <td className="row-actions">
                  <button type="button" className="button-quiet" disabled={busy} aria-label={`${t('backup.restore')}: ${time(entry.createdAt)}`} onClick={() => setConfirming(entry)}>
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
