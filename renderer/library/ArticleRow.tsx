import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/domain/article.ts';
import type { ArticleSyncInfo } from '../../shared/domain/site.ts';
import { localeOf } from '../src/i18n.ts';
import { failureMessage } from '../sync/failureMessage.ts';
import { SyncBadge } from '../sync/SyncBadge.tsx';

export interface ArticleRowProps {
  article: ArticleSummary;
  scope: 'library' | 'trash';
  /** Undefined for an article never linked to a site: it exists only on this computer. */
  sync: ArticleSyncInfo | undefined;
  busy: boolean;
  onOpen(id: string): void;
  onTrash(): void;
  onRestore(): void;
  /** In the trash: delete for good (the view asks first). */
  onPurge?(): void;
}

export function ArticleRow({ article, scope, sync, busy, onOpen, onTrash, onRestore, onPurge }: ArticleRowProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const title = article.title || t('library.untitled');
  const updated = new Date(article.updatedAt);
  return (
    <tr>
      <td className="title-cell">
        {scope === 'library' ? (
          <button type="button" className="title-link" onClick={() => onOpen(article.id)}>
            {title}
          </button>
        ) : (
          <span>{title}</span>
        )}
        {article.byline !== '' && <span className="byline-hint">{article.byline}</span>}
      </td>
      <td className="status-cell">
        <span className={`status status-${article.status}`}>{t(`status.${article.status}`)}</span>
        <SyncBadge state={sync?.state ?? 'local'} />
        {sync?.error != null && (sync.state === 'error' || sync.state === 'conflict') && (
          <span className="sync-reason">{failureMessage(t, sync.error)}</span>
        )}
      </td>
      <td>
        <time dateTime={updated.toISOString()}>
          {updated.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })}
        </time>
      </td>
      <td className="numeric">{article.wordCount.toLocaleString(locale)}</td>
      <td className="row-actions">
        {scope === 'library' ? (
          <button type="button" className="button-quiet" disabled={busy} onClick={onTrash} aria-label={`${t('library.moveToTrash')}: ${title}`}>
            {t('library.moveToTrash')}
          </button>
        ) : (
          <>
            <button type="button" className="button-quiet" disabled={busy} onClick={onRestore} aria-label={`${t('library.restore')}: ${title}`}>
              {t('library.restore')}
            </button>
            {onPurge !== undefined && (
              <button type="button" className="button-quiet button-danger" disabled={busy} onClick={onPurge} aria-label={`${t('library.purge')}: ${title}`}>
                {t('library.purge')}
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
