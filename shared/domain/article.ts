import type { BodyDoc } from './document.ts';

/** Local workflow statuses; see DESIGN "Workflow". Trash is a flag, not a status, so restore is exact. */
export const ARTICLE_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface ArticleFields {
  title: string;
  sapo: string;
  body: BodyDoc;
  byline: string;
  category: string;
  tags: string[];
}

export interface Article extends ArticleFields {
  id: string;
  status: ArticleStatus;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  /** Epoch ms when moved to trash; null while in the library. */
  trashedAt: number | null;
  /** Bumped on every save; lets a late autosave be detected. */
  version: number;
}

export type ArticleSummary = Pick<
  Article,
  'id' | 'title' | 'status' | 'wordCount' | 'updatedAt' | 'trashedAt' | 'byline' | 'category'
>;

/**
 * manual: "Lưu phiên bản"; auto: periodic while editing; beforeRestore: the state a restore replaced;
 * submitted: as sent for review; pulled: as it came from the site; conflictLocal/conflictRemote: both
 * sides of an edit that could not be merged, kept so nothing is lost.
 */
export const REVISION_KINDS = ['manual', 'auto', 'beforeRestore', 'submitted', 'pulled', 'conflictLocal', 'conflictRemote'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionSummary {
  id: number;
  articleId: string;
  kind: RevisionKind;
  createdAt: number;
  title: string;
  wordCount: number;
}

export interface Revision extends RevisionSummary {
  fields: ArticleFields;
}

/** Field limits, chosen well above what a newspaper prints (a long headline is ~150 characters). */
export const LIMITS = {
  title: 500,
  sapo: 3_000,
  byline: 200,
  category: 200,
  tag: 100,
  tags: 50,
} as const;
