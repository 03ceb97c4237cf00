import type { SiteSummary, SiteTerm } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { useAsync } from '../src/useAsync.ts';

export interface SiteContext {
  /** The site articles go to; undefined when none is connected. */
  site: SiteSummary | undefined;
  categories: SiteTerm[];
  tags: SiteTerm[];
}

/** The active site and its cached categories and tags: read from the library, so it works offline. */
export function useSiteTerms() {
  const api = useApi();
  return useAsync<SiteContext>(async () => {
    const [sites, categories, tags] = await Promise.all([
      api.sites.list({}),
      api.sites.terms({ taxonomy: 'category' }),
      api.sites.terms({ taxonomy: 'post_tag' }),
    ]);
    return { site: sites.find((site) => site.active), categories, tags };
  }, [api]);
}
