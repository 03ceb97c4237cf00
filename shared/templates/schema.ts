import { z } from 'zod';
import { LIMITS, tagsSchema } from '../domain/article.ts';
import { bodyDocSchema, emptyDoc } from '../domain/articleBody.ts';
import { safeText } from '../text/safeText.ts';
import { hasFigure, TEMPLATE_LIMITS, type ArticleTemplate } from './template.ts';

/** Shipped templates have readable ids ("phong-van"); the newsroom's own get UUIDs. */
export const templateIdSchema = z.string().refine((value) => /^[A-Za-z0-9-]{1,64}$/.test(value), { params: { reason: 'invalidId' } });

export const templateNameSchema = safeText(TEMPLATE_LIMITS.name)
  .transform((value) => value.trim())
  .refine((value) => value !== '', { params: { reason: 'required' } });

export const templateDescriptionSchema = safeText(TEMPLATE_LIMITS.description, { multiline: true }).transform((value) => value.trim());

const templateBodySchema = bodyDocSchema.refine((doc) => !hasFigure(doc), { params: { reason: 'templateHasPhotos' } });

/** A template's fields; anything left out starts empty, anything unknown is refused (a typo would vanish silently). */
export const templateFieldsSchema = z.strictObject({
  title: safeText(LIMITS.title).default(''),
  sapo: safeText(LIMITS.sapo, { multiline: true }).default(''),
  body: templateBodySchema.default(emptyDoc),
  category: safeText(LIMITS.category).default(''),
  tags: tagsSchema.default([]),
  dateline: safeText(LIMITS.dateline).default(''),
});

/** The export file ("Xuất mẫu"): versioned so a later format can be told apart and refused cleanly. */
export const TEMPLATE_FILE_FORMAT = 'toasoan-templates';
export const TEMPLATE_FILE_VERSION = 1;

const fileTemplateSchema = z.strictObject({
  name: templateNameSchema,
  description: templateDescriptionSchema.default(''),
  fields: templateFieldsSchema.default(() => templateFieldsSchema.parse({})),
});

/** Top level is not strict: `exportedAt` and any note a newer exporter adds are ignored, not refused. */
const templateFileSchema = z.object({
  templates: z
    .array(fileTemplateSchema)
    .min(1)
    .refine((list) => list.length <= TEMPLATE_LIMITS.perFile, { params: { reason: 'tooMany', max: TEMPLATE_LIMITS.perFile } }),
});

export type TemplateFileEntry = z.output<typeof fileTemplateSchema>;

export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT;
  version: typeof TEMPLATE_FILE_VERSION;
  exportedAt: string;
  templates: { name: string; description: string; fields: ArticleTemplate['fields'] }[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The text of an import file, validated whole before anything is written: not JSON,
 * not ours, a newer version, or any bad template refuses the file with a reason
 * (`errors` in the `templates` i18n section) and the path of the first problem.
 */
export const templateFileTextSchema = z
  .string()
  .refine((text) => text.length <= TEMPLATE_LIMITS.fileChars, { params: { reason: 'templateFileTooLarge' }, abort: true })
  .transform((text, ctx): unknown => {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON', params: { reason: 'templateFileNotJson' } });
      return z.NEVER;
    }
    if (!isPlainObject(json) || json.format !== TEMPLATE_FILE_FORMAT) {
      ctx.addIssue({ code: 'custom', message: 'not a template file', params: { reason: 'notTemplateFile' } });
      return z.NEVER;
    }
    if (json.version !== TEMPLATE_FILE_VERSION) {
      ctx.addIssue({ code: 'custom', message: 'unsupported version', params: { reason: 'templateFileVersion' } });
      return z.NEVER;
    }
    return json;
  })
  .pipe(templateFileSchema);

export function templateFile(templates: readonly ArticleTemplate[], exportedAt: number): TemplateFile {
  return {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    templates: templates.map(({ name, description, fields }) => ({ name, description, fields })),
  };
}
