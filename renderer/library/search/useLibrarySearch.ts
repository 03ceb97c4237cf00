import { useEffect, useState } from 'react';
import type { ToasoanApi } from '../../../shared/contract/index.ts';
import type { SearchResult } from '../../../shared/search/searchTypes.ts';
import { isSearching, toRequest, type SearchForm } from './searchRequest.ts';

export type SearchState = { status: 'idle' } | { status: 'searching' } | { status: 'ready'; result: SearchResult } | { status: 'failed'; error: unknown };

/** Typing pauses this long before a search runs: one query per word, not per letter. */
export const SEARCH_DELAY_MS = 200;

/** Runs the form's search once typing pauses; an older answer never replaces a newer one. */
export function useLibrarySearch(api: ToasoanApi, form: SearchForm, scope: 'library' | 'trash', generation: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const active = isSearching(form);
  const key = JSON.stringify(toRequest(form, scope));
  useEffect(() => {
    if (!active) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'searching' }));
    const timer = setTimeout(() => {
      api.search.query(JSON.parse(key) as ReturnType<typeof toRequest>).then(
        (result) => current && setState({ status: 'ready', result }),
        (error: unknown) => current && setState({ status: 'failed', error }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key, active, generation]);
  return state;
}
