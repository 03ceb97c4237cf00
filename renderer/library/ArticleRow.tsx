import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/domain/article.ts';
import { localeOf } from '../src/i18n.ts';

export interface ArticleRowProps {
  article: ArticleSummary;
  scope: 'library' | 'trash';
  busy: boolean;
  onOpen(id: string): void;
  onTrash(): void;
  onRestore(): void;
}

export function ArticleRow({ article, scope, busy, onOpen, onTrash, onRestore }: ArticleRowProps) {
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
      <td>
        <span className={`status status-${article.status}`}>{t(`status.${article.status}`)}</span>
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
          <button type="button" className="button-quiet" disabled={busy} onClick={onRestore} aria-label={`${t('library.restore')}: ${title}`}>
            {t('library.restore')}
          </button>
        )}
      </td>
    </tr>
  );
}
