import { z } from 'zod';
import { LIMITS, MEDIA_HASH, tagsSchema, type Article, type ArticleSummary, type Revision, type RevisionSummary } from '../domain/article.ts';
import { bodyDocSchema } from '../domain/articleBody.ts';
import { safeText } from '../text/safeText.ts';
import { MAX_IMAGE_BYTES } from './media.ts';
import { templateIdSchema } from '../templates/schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const articleIdSchema = z.string().refine((value) => UUID.test(value), { params: { reason: 'invalidId' } });
const articleId = articleIdSchema;

const editableFields = {
  title: safeText(LIMITS.title),
  sapo: safeText(LIMITS.sapo, { multiline: true }),
  body: bodyDocSchema,
  byline: safeText(LIMITS.byline),
  category: safeText(LIMITS.category),
  tags: tagsSchema,
  dateline: safeText(LIMITS.dateline),
  featuredMedia: z
    .string()
    .refine((value) => MEDIA_HASH.test(value), { params: { reason: 'invalidFormat' } })
    .nullable(),
};

export const articlesInputs = {
  list: z.strictObject({ scope: z.enum(['library', 'trash']).default('library') }),
  get: z.strictObject({ id: articleId }),
  /**
   * A new article: from a template when `templateId` is given, then the newsroom's
   * defaults (pen name, source prefix), then the fields given here, which win.
   */
  create: z.strictObject({ ...editableFields, templateId: templateIdSchema }).partial(),
  /** Autosave: the fields that changed since the last save. */
  update: z.strictObject({
    id: articleId,
    changes: z.strictObject(editableFields).partial(),
  }),
  /** Explicit save ("Lưu phiên bản"): a revision the reporter can return to. */
  saveRevision: z.strictObject({ id: articleId, label: safeText(120).optional() }),
  listRevisions: z.strictObject({ id: articleId }),
  getRevision: z.strictObject({ id: articleId, revisionId: z.number().int().positive() }),
  restoreRevision: z.strictObject({ id: articleId, revisionId: z.number().int().positive() }),
  trash: z.strictObject({ id: articleId }),
  restore: z.strictObject({ id: articleId }),
  /** Deletes a trashed article for good, with its history; an article not in the trash is refused. */
  purge: z.strictObject({ id: articleId }),
  /** "Dọn sạch thùng rác": every trashed article, for good. */
  emptyTrash: z.strictObject({}),
  /** A file dropped on the library: .docx, .html, .md, .txt or a .json export, as base64 (at most 40 MB of file, as a photo). */
  import: z.strictObject({
    fileName: safeText(255).refine((value) => value.trim() !== '', { params: { reason: 'required' } }),
    dataBase64: z
      .string()
      .refine((value) => value.length <= Math.ceil(MAX_IMAGE_BYTES / 3) * 4, { params: { reason: 'fileTooLarge', max: MAX_IMAGE_BYTES } })
      .refine((value) => /^[A-Za-z0-9+/]*={0,2}$/.test(value), { params: { reason: 'invalidFormat' } }),
  }),
  export: z.strictObject({ id: articleId, format: z.enum(['html', 'md', 'docx', 'json']) }),
};

type In<K extends keyof typeof articlesInputs> = z.input<(typeof articlesInputs)[K]>;

export interface ArticlesApi {
  list(input: In<'list'>): Promise<ArticleSummary[]>;
  get(input: In<'get'>): Promise<Article>;
  create(input: In<'create'>): Promise<Article>;
  update(input: In<'update'>): Promise<Article>;
  saveRevision(input: In<'saveRevision'>): Promise<RevisionSummary>;
  listRevisions(input: In<'listRevisions'>): Promise<RevisionSummary[]>;
  getRevision(input: In<'getRevision'>): Promise<Revision>;
  restoreRevision(input: In<'restoreRevision'>): Promise<Article>;
  trash(input: In<'trash'>): Promise<ArticleSummary>;
  restore(input: In<'restore'>): Promise<ArticleSummary>;
  purge(input: In<'purge'>): Promise<{ purged: number }>;
  emptyTrash(input: In<'emptyTrash'>): Promise<{ purged: number }>;
  import(input: In<'import'>): Promise<Article>;
  /** The file to save, its bytes as base64 (a .docx is binary). */
  export(input: In<'export'>): Promise<{ fileName: string; dataBase64: string }>;
}
