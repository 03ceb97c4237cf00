import type { ArticleFields } from '../domain/article.ts';
import { emptyDoc, type BodyDoc, type DocNode } from '../domain/articleBody.ts';
import { stripSourcePrefix } from './sourcePrefix.ts';

/**
 * What a new article starts with. No pen name (a shared template must not sign
 * someone else's work: the reporter's default applies), no featured photo and no
 * photos (they are files on one laptop; a template travels between laptops).
 */
export interface TemplateFields {
  title: string;
  sapo: string;
  body: BodyDoc;
  category: string;
  tags: string[];
  dateline: string;
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  /** Order in the picker: the shipped templates first, then the newsroom's own. */
  position: number;
  /** Epoch ms; 0 for a template shipped with the app and never edited. */
  updatedAt: number;
}

export interface ArticleTemplate extends TemplateSummary {
  fields: TemplateFields;
  createdAt: number;
}

export const TEMPLATE_LIMITS = {
  name: 100,
  description: 500,
  /** A newsroom has a handful; a hundred in one file is already a mistake worth refusing. */
  perFile: 100,
  /** Characters of an import file: 100 long templates are ~2 MB of JSON. */
  fileChars: 5_000_000,
} as const;

export function emptyTemplateFields(): TemplateFields {
  return { title: '', sapo: '', body: emptyDoc(), category: '', tags: [], dateline: '' };
}

/** Whether a body holds a photo, at any depth (templates may not). */
export function hasFigure(node: DocNode): boolean {
  return node.type === 'figure' || (node.content ?? []).some(hasFigure);
}

function withoutFigures(node: DocNode): DocNode {
  if (node.content === undefined) return node;
  return { ...node, content: node.content.filter((child) => child.type !== 'figure').map(withoutFigures) };
}

/**
 * "Lưu làm mẫu": the structure of an article, without what belongs to this one story
 * (pen name, featured photo, photos) or to this newsroom's setting (the source prefix,
 * which a new article gets again from the setting).
 */
export function templateFieldsFromArticle(fields: ArticleFields): TemplateFields {
  const body = withoutFigures(fields.body);
  const content = body.content ?? [];
  return {
    title: fields.title,
    sapo: stripSourcePrefix(fields.sapo),
    body: content.length === 0 ? emptyDoc() : { type: 'doc', content },
    category: fields.category,
    tags: [...fields.tags],
    dateline: fields.dateline ?? '',
  };
}
