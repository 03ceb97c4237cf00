import type { ArticleStatus } from '../../../shared/domain/article.ts';
import type { SearchRequest, SearchSort } from '../../../shared/search/searchTypes.ts';

/** The search form as typed: text everywhere, dates as the date inputs give them (YYYY-MM-DD). */
export interface SearchForm {
  query: string;
  status: ArticleStatus | '';
  category: string;
  tag: string;
  byline: string;
  from: string;
  to: string;
  sort: SearchSort;
}

export const EMPTY_SEARCH: SearchForm = { query: '', status: '', category: '', tag: '', byline: '', from: '', to: '', sort: 'relevance' };

/** Local midnight of a date input's day; undefined for an empty or unreadable one. */
function localDay(value: string, plusDays = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).getTime();
}

/** Whether the form asks for anything: with nothing in it, the library shows its usual list. */
export function isSearching(form: SearchForm): boolean {
  return form.query.trim() !== '' || form.status !== '' || form.category.trim() !== '' || form.tag.trim() !== '' ||
    form.byline.trim() !== '' || localDay(form.from) !== undefined || localDay(form.to) !== undefined;
}

/** The request for the form; "to" includes its whole day. */
export function toRequest(form: SearchForm, scope: 'library' | 'trash'): SearchRequest {
  const request: SearchRequest = { query: form.query, scope, sort: form.sort, limit: 50 };
  if (form.status !== '') request.status = [form.status];
  if (form.category.trim() !== '') request.category = form.category.trim();
  if (form.tag.trim() !== '') request.tag = form.tag.trim();
  if (form.byline.trim() !== '') request.byline = form.byline.trim();
  const from = localDay(form.from);
  const to = localDay(form.to, 1);
  if (from !== undefined) request.from = from;
  if (to !== undefined) request.to = to;
  return request;
}
