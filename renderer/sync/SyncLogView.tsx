import { useTranslation } from 'react-i18next';
import type { SyncLogEntry } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { localeOf } from '../src/i18n.ts';
import { useAsync } from '../src/useAsync.ts';
import { logEntryText } from './logEntryText.ts';
import { SyncNowButton } from './SyncNowButton.tsx';

/** Enough to explain the last few days of a reporter's syncing without paging. */
const LOG_LIMIT = 200;

interface LogData {
  entries: SyncLogEntry[];
  titles: Map<string, string>;
}

/** "Nhật ký đồng bộ": what the sync engine did, newest first, in sentences. */
export function SyncLogView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const locale = localeOf(i18n.language);
  const [data, reload] = useAsync<LogData>(async () => {
    const [entries, library, trash] = await Promise.all([
      api.sync.log({ limit: LOG_LIMIT }),
      api.articles.list({ scope: 'library' }),
      api.articles.list({ scope: 'trash' }),
    ]);
    return { entries, titles: new Map([...library, ...trash].map((article) => [article.id, article.title])) };
  }, [api]);

  const titleOf = (entry: SyncLogEntry, titles: Map<string, string>): string => {
    if (entry.articleId === null) return '';
    const known = titles.get(entry.articleId);
    if (known !== undefined) return known || t('library.untitled');
    return typeof entry.detail.title === 'string' && entry.detail.title !== '' ? entry.detail.title : t('sync.log.unknownArticle');
  };

  return (
    <section className="sync-log" aria-labelledby="sync-log-heading">
      <div className="library-toolbar">
        <h1 id="sync-log-heading">{t('sync.log.heading')}</h1>
        <div className="toolbar-actions">
          <button type="button" className="button-quiet" onClick={reload}>
            {t('sync.log.reload')}
          </button>
          <SyncNowButton onDone={reload} />
        </div>
      </div>
      {data.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {data.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, data.error)}</p>}
      {data.status === 'ready' && data.value.entries.length === 0 && <p className="empty">{t('sync.log.empty')}</p>}
      {data.status === 'ready' && data.value.entries.length > 0 && (
        <table className="article-table log-table">
          <thead>
            <tr>
              <th scope="col">{t('sync.log.columns.time')}</th>
              <th scope="col">{t('sync.log.columns.event')}</th>
              <th scope="col">{t('sync.log.columns.article')}</th>
            </tr>
          </thead>
          <tbody>
            {data.value.entries.map((entry) => {
              const at = new Date(entry.at);
              return (
                <tr key={entry.id} className={entry.level === 'error' ? 'log-error' : undefined}>
                  <td className="log-time">
                    <time dateTime={at.toISOString()}>{at.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'medium' })}</time>
                  </td>
                  <td>{logEntryText(t, entry)}</td>
                  <td>{titleOf(entry, data.value.titles)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
