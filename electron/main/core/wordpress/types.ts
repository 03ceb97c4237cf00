/** The slices of WordPress REST responses the app reads (context=edit). */
export interface RemotePost {
  id: number;
  status: string;
  date_gmt: string | null;
  modified_gmt: string;
  link: string;
  slug: string;
  author: number;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
  meta?: Record<string, unknown> | unknown[];
  /** The companion plugin's revision counter; absent on a stock site. */
  toasoan_rev?: number;
}

export interface RemotePostStamp {
  id: number;
  status: string;
  modified_gmt: string;
  toasoan_rev?: number;
}

export interface RemoteTerm {
  id: number;
  name: string;
  slug: string;
  parent?: number;
}

export interface RemoteUser {
  id: number;
  name: string;
  slug: string;
  username?: string;
  roles?: string[];
  capabilities?: Record<string, boolean>;
}

export interface RemoteMedia {
  id: number;
  source_url: string;
}

export interface SiteDiscovery {
  /** Where REST routes live: `…/wp-json/` or `…/?rest_route=/`. */
  restRoot: string;
  name: string;
  timezone: string;
  gmtOffset: number;
  namespaces: string[];
  hasPlugin: boolean;
}

export interface PluginInfo {
  plugin: string;
  version: string;
  features: string[];
  contributorUploads: boolean;
}

export interface PostBody {
  title?: string;
  excerpt?: string;
  content?: string;
  status?: string;
  categories?: number[];
  tags?: number[];
  featured_media?: number;
  meta?: Record<string, string>;
}
