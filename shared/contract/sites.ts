import { z } from 'zod';
import type { SiteSummary, SiteTerm } from '../domain/site.ts';
import { safeText } from '../text/safeText.ts';

const siteId = z.string().min(1).max(64);
const siteUrl = safeText(2_000).refine((value) => value.trim() !== '', { params: { reason: 'required' } });

export const sitesInputs = {
  list: z.strictObject({}),
  /** By hand: a username and an application password pasted from the site's profile page. */
  connect: z.strictObject({
    url: siteUrl,
    username: safeText(200).refine((value) => value.trim() !== '', { params: { reason: 'required' } }),
    appPassword: z.string().max(200).refine((value) => value.trim() !== '', { params: { reason: 'required' } }),
  }),
  /** Through WordPress's authorize-application page: returns the URL to open in the browser. */
  beginAuthorize: z.strictObject({ url: siteUrl }),
  activate: z.strictObject({ id: siteId }),
  remove: z.strictObject({ id: siteId }),
  refresh: z.strictObject({ id: siteId.optional() }),
  terms: z.strictObject({ taxonomy: z.enum(['category', 'post_tag']) }),
};

type In<K extends keyof typeof sitesInputs> = z.input<(typeof sitesInputs)[K]>;

export interface SitesApi {
  list(input: In<'list'>): Promise<SiteSummary[]>;
  connect(input: In<'connect'>): Promise<SiteSummary>;
  beginAuthorize(input: In<'beginAuthorize'>): Promise<{ authorizeUrl: string }>;
  activate(input: In<'activate'>): Promise<SiteSummary>;
  remove(input: In<'remove'>): Promise<SiteSummary[]>;
  refresh(input: In<'refresh'>): Promise<SiteSummary>;
  terms(input: In<'terms'>): Promise<SiteTerm[]>;
}
