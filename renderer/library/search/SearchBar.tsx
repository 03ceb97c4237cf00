import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES } from '../../../shared/domain/article.ts';
import { SEARCH_SORTS } from '../../../shared/search/searchTypes.ts';
import { EMPTY_SEARCH, isSearching, type SearchForm } from './searchRequest.ts';
import './search.css';

export interface SearchBarProps {
  form: SearchForm;
  onChange(form: SearchForm): void;
}

/** "Tìm trong thư viện" with its filters folded away until asked for. */
export function SearchBar({ form, onChange }: SearchBarProps) {
  const { t } = useTranslation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const ids = { query: useId(), hint: useId(), filters: useId(), status: useId(), category: useId(), tag: useId(), byline: useId(), from: useId(), to: useId(), sort: useId() };
  const set = <K extends keyof SearchForm>(key: K, value: SearchForm[K]) => onChange({ ...form, [key]: value });
  const text = (key: 'category' | 'tag' | 'byline', id: string) => (
    <div className="search-filter">
      <label className="field-label" htmlFor={id}>{t(`search.${key}`)}</label>
      <input id={id} className="text-input" value={form[key]} onChange={(event) => set(key, event.target.value)} />
    </div>
  );
  return (
    <div className="search-bar" role="search">
      <div className="search-row">
        <label className="visually-hidden" htmlFor={ids.query}>{t('search.label')}</label>
        <input
          id={ids.query}
          type="search"
          className="text-input search-input"
          placeholder={t('search.placeholder')}
          aria-describedby={ids.hint}
          value={form.query}
          onChange={(event) => set('query', event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && isSearching(form)) {
              event.preventDefault();
              onChange(EMPTY_SEARCH);
            }
          }}
        />
        <button type="button" className="button-quiet" aria-expanded={filtersOpen} aria-controls={ids.filters} onClick={() => setFiltersOpen((open) => !open)}>
          {t('search.filters')}
        </button>
        {isSearching(form) && (
          <button type="button" className="button-quiet" onClick={() => onChange(EMPTY_SEARCH)}>
            {t('search.clear')}
          </button>
        )}
      </div>
      <small id={ids.hint} className="muted">{t('search.hint')}</small>
      <div id={ids.filters} className="search-filters" hidden={!filtersOpen}>
        <div className="search-filter">
          <label className="field-label" htmlFor={ids.status}>{t('search.status')}</label>
          <select id={ids.status} className="text-input" value={form.status} onChange={(event) => set('status', event.target.value as SearchForm['status'])}>
            <option value="">{t('search.anyStatus')}</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>{t(`status.${status}`)}</option>
            ))}
          </select>
        </div>
        {text('category', ids.category)}
        {text('tag', ids.tag)}
        {text('byline', ids.byline)}
        <div className="search-filter">
          <label className="field-label" htmlFor={ids.from}>{t('search.from')}</label>
          <input id={ids.from} type="date" className="text-input" value={form.from} onChange={(event) => set('from', event.target.value)} />
        </div>
        <div className="search-filter">
          <label className="field-label" htmlFor={ids.to}>{t('search.to')}</label>
          <input id={ids.to} type="date" className="text-input" value={form.to} onChange={(event) => set('to', event.target.value)} />
        </div>
        <div className="search-filter">
          <label className="field-label" htmlFor={ids.sort}>{t('search.sort')}</label>
          <select id={ids.sort} className="text-input" value={form.sort} onChange={(event) => set('sort', event.target.value as SearchForm['sort'])}>
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>{t(`search.sortBy.${sort}`)}</option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
