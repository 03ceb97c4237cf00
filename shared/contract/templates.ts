import { z } from 'zod';
import {
  templateDescriptionSchema,
  templateFieldsSchema,
  templateFileTextSchema,
  templateIdSchema,
  templateNameSchema,
} from '../templates/schema.ts';
import type { ArticleTemplate, TemplateSummary } from '../templates/template.ts';
import { articleIdSchema } from './articles.ts';

/** The fields of a template come either as data or from an article ("Lưu làm mẫu"), never both. */
const contentSource = { fields: templateFieldsSchema.optional(), fromArticleId: articleIdSchema.optional() };
const oneSource = (input: { fields?: unknown; fromArticleId?: unknown }) => input.fields === undefined || input.fromArticleId === undefined;

export const templatesInputs = {
  list: z.strictObject({}),
  get: z.strictObject({ id: templateIdSchema }),
  create: z
    .strictObject({ name: templateNameSchema, description: templateDescriptionSchema.default(''), ...contentSource })
    .refine(oneSource, { params: { reason: 'invalidShape' } }),
  update: z
    .strictObject({ id: templateIdSchema, name: templateNameSchema.optional(), description: templateDescriptionSchema.optional(), ...contentSource })
    .refine(oneSource, { params: { reason: 'invalidShape' } }),
  delete: z.strictObject({ id: templateIdSchema }),
  /** Every template when `ids` is left out. */
  export: z.strictObject({ ids: z.array(templateIdSchema).max(1_000).optional() }),
  /** The file's text; validated whole here, so a bad file reaches no handler and nothing is written. */
  import: z.strictObject({ text: templateFileTextSchema }),
};

type In<K extends keyof typeof templatesInputs> = z.input<(typeof templatesInputs)[K]>;

export interface TemplateExport {
  /** A suggested name for the saved file. */
  fileName: string;
  text: string;
}

export interface TemplatesApi {
  list(input: In<'list'>): Promise<TemplateSummary[]>;
  get(input: In<'get'>): Promise<ArticleTemplate>;
  create(input: In<'create'>): Promise<ArticleTemplate>;
  update(input: In<'update'>): Promise<ArticleTemplate>;
  /** The templates left. */
  delete(input: In<'delete'>): Promise<TemplateSummary[]>;
  export(input: In<'export'>): Promise<TemplateExport>;
  /** The templates added, named apart from existing ones ("Tin ngắn (2)"). */
  import(input: In<'import'>): Promise<TemplateSummary[]>;
}
