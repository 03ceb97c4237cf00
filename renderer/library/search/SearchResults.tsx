import { useTranslation } from 'react-i18next';
import { localeOf } from '../../src/i18n.ts';
import { errorMessage } from '../../src/errors.ts';
import { Highlighted } from './Highlighted.tsx';
import type { SearchState } from './useLibrarySearch.ts';

export interface SearchResultsProps {
  state: SearchState;
  /** Undefined in the trash, where articles are restored, not opened. */
  onOpen?(id: string): void;
}

/** Hits best first: the title with the found words marked, its status and date, and a line of context. */
export function SearchResults({ state, onOpen }: SearchResultsProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  if (state.status === 'idle') return null;
  if (state.status === 'failed') return <p role="alert" className="error-text">{errorMessage(t, state.error)}</p>;
  if (state.status === 'searching') return <p className="muted" role="status">{t('search.searching')}</p>;
  const { hits, total, totalIsLowerBound } = state.result;
  const formatted = total.toLocaleString(locale);
  return (
    <section className="search-results" aria-label={t('search.results')}>
      <p className="muted" role="status">
        {total === 0 ? t('search.none') : totalIsLowerBound ? t('search.countMore', { formatted }) : t('search.count', { count: total, formatted })}
      </p>
      <ol className="search-hits">
        {hits.map((hit) => {
          const title = hit.title === '' ? t('library.untitled') : hit.title;
          const marked = <Highlighted text={title} ranges={hit.title === '' ? [] : hit.titleHighlights} />;
          return (
            <li key={hit.id} className="search-hit">
              <div className="search-hit-head">
                {onOpen === undefined ? (
                  <span className="search-hit-title">{marked}</span>
                ) : (
                  <button type="button" className="title-link search-hit-title" onClick={() => onOpen(hit.id)}>
                    {marked}
                  </button>
                )}
                <span className={`status status-${hit.status}`}>{t(`status.${hit.status}`)}</span>
                <time className="muted" dateTime={new Date(hit.updatedAt).toISOString()}>
                  {new Date(hit.updatedAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })}
                </time>
              </div>
              {hit.snippet !== undefined && (
                <p className="search-snippet">
                  <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
