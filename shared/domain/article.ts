import { z } from 'zod';
import { safeText } from '../text/safeText.ts';
import type { BodyDoc } from './articleBody.ts';

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
  /**
   * Where the story was filed ("Nơi viết"), e.g. "Hướng Hóa". Optional here because
   * fields that come from elsewhere (a post pulled from the site, a revision saved
   * before this field existed) may not carry it: absent means "keep what the article has".
   */
  dateline?: string;
  /**
   * The featured photo, as the sha256 hash of one of the body's figures; null means
   * "the first photo of the body". Absent means "keep what the article has", as for dateline.
   */
  featuredMedia?: string | null;
}

export interface Article extends ArticleFields {
  dateline: string;
  featuredMedia: string | null;
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
 * submitted: as sent for review; synced: as it reached the site; pulled: as it came from the site;
 * conflictLocal/conflictRemote: both sides of an edit that could not be merged, kept so nothing is lost.
 * Only `auto` snapshots are ever thinned out (core/history/retention.ts).
 */
export const REVISION_KINDS = ['manual', 'auto', 'beforeRestore', 'submitted', 'synced', 'pulled', 'conflictLocal', 'conflictRemote'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionSummary {
  id: number;
  articleId: string;
  kind: RevisionKind;
  createdAt: number;
  title: string;
  wordCount: number;
  /** The reporter's name for a version kept on purpose ("Bản gửi tổng biên tập"); '' otherwise. */
  label: string;
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
  /** A place name: the longest district names are ~30 characters. */
  dateline: 100,
} as const;

/** A figure's local photo: the sha256 hex of the stored file (see `shared/domain/articleBody.ts`). */
export const MEDIA_HASH = /^[0-9a-f]{64}$/;

/**
 * House rules of the newsroom, kept in the reporter's settings (not the library),
 * so they follow the laptop rather than an article.
 */
export interface NewsroomSettings {
  /** Soft limit, in characters: over it the counter turns red, typing is never blocked. */
  titleMaxChars: number;
  /** Soft limit, in words (space-separated syllables), not counting the source prefix. */
  sapoMaxWords: number;
  /** "QTO" makes new articles' sapo start "(QTO) - " and keeps it there; '' turns it off. */
  sourcePrefix: string;
  /** The pen name new articles start with ("Bút danh" of a new article). */
  defaultByline: string;
  /** Typographic quotes and ellipsis, applied to text pasted into the body (renderer/editor/paste). */
  typography: { curlyQuotes: boolean; ellipsis: boolean };
}

/** The desk's defaults (issue 4): a headline of at most 100 characters, a lead of at most 60 words. */
export const DEFAULT_NEWSROOM: NewsroomSettings = {
  titleMaxChars: 100,
  sapoMaxWords: 60,
  sourcePrefix: '',
  defaultByline: '',
  typography: { curlyQuotes: false, ellipsis: false },
};

/** Bounds of the newsroom numbers: below these a limit is a typo, above them it limits nothing. */
export const NEWSROOM_BOUNDS = {
  titleMaxChars: { min: 20, max: LIMITS.title },
  sapoMaxWords: { min: 10, max: 500 },
  /** `(…)` of at most 24 characters is what the site mapping reads back as the source (postMapping.ts). */
  sourcePrefix: 24,
} as const;

/** Tags as the site compares them; articles and templates both carry them. */
export const tagsSchema = z
  .array(safeText(LIMITS.tag))
  .refine((list) => list.length <= LIMITS.tags, { params: { reason: 'tooMany', max: LIMITS.tags } })
  .transform((list) => {
    // Tags compare as the site will: trimmed, NFC, case-insensitive, first spelling wins.
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of list) {
      const tag = raw.trim();
      const key = tag.toLocaleLowerCase('vi');
      if (tag === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
    return out;
  });

