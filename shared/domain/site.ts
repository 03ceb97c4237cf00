import type { NewsroomRole } from '../workflow/rules.ts';

export interface SiteSummary {
  id: string;
  url: string;
  name: string;
  username: string;
  displayName: string;
  roles: string[];
  role: NewsroomRole;
  timezone: string;
  hasPlugin: boolean;
  /** Whether this user may upload images (contributors need the companion plugin). */
  canUpload: boolean;
  active: boolean;
  refreshedAt: number | null;
}

export interface SiteTerm {
  id: number;
  name: string;
  parent: number;
}

export const SYNC_STATES = ['local', 'queued', 'syncing', 'synced', 'conflict', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncFailure {
  code: string;
  reason: string;
  message: string;
}

export interface ArticleSyncInfo {
  articleId: string;
  state: SyncState;
  siteId: string | null;
  remoteId: number | null;
  remoteStatus: string | null;
  link: string;
  editorialNote: string;
  error: SyncFailure | null;
  pendingIntents: number;
}

export interface SyncLogEntry {
  id: number;
  at: number;
  siteId: string | null;
  articleId: string | null;
  level: 'info' | 'error';
  event: string;
  detail: Record<string, unknown>;
}

export interface SyncReport {
  siteId: string | null;
  reachable: boolean;
  pushed: { articleId: string; remoteId: number; action: 'created' | 'updated' | 'adopted' | 'merged' }[];
  pulled: { articleId: string; remoteId: number; action: 'updated' | 'merged' | 'conflict' }[];
  uploaded: number;
  tagsCreated: number;
  conflicts: string[];
  failures: { articleId: string | null; kind: string; error: SyncFailure }[];
  remaining: number;
}

export interface PublishingSettings {
  /** Append the pen name as a right-aligned closing paragraph, as Vietnamese papers print it. */
  bylineParagraph: boolean;
  imageMaxSide: number;
  jpegQuality: number;
  /** Background sync every N minutes; 0 = only on "Đồng bộ ngay". */
  syncIntervalMinutes: number;
}

export const DEFAULT_PUBLISHING: PublishingSettings = {
  bylineParagraph: true,
  imageMaxSide: 2048,
  jpegQuality: 82,
  syncIntervalMinutes: 5,
};

export interface MediaInfo {
  hash: string;
  mime: string;
  width: number | null;
  height: number | null;
  bytes: number;
  fileName: string;
}
