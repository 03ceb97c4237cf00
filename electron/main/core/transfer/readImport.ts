import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '../../../../shared/contract/media.ts';
import { AppError } from '../../../../shared/contract/errors.ts';
import { articlesInputs } from '../../../../shared/contract/articles.ts';
import type { ArticleFields } from '../../../../shared/domain/article.ts';
import { docToPlainText } from '../../../../shared/domain/articleBody.ts';
import { cleanPastedHtml } from '../../../../shared/paste/index.ts';
import { parsePublishHtml } from '../../../../shared/publish/index.ts';
import { applyConvention, plainTextBlocks, type PlainBlock } from '../../../../shared/transfer/newsroomConvention.ts';
import { ARTICLE_FILE_FORMAT } from './articleFile.ts';

/** 40 MB, as for a photo: far above any article (a 30-page .docx report with photos is ~10 MB); a 200 MB file is refused unread. */
export const MAX_IMPORT_BYTES = MAX_IMAGE_BYTES;
/** Converted HTML may be larger than a paste; still bounded, for the same reason (cleaning is linear but not free). */
const MAX_IMPORT_HTML_CHARS = 20_000_000;

export const IMPORT_FORMATS = ['docx', 'html', 'md', 'txt', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportedArticle {
  fields: Partial<ArticleFields>;
  /** Photos a `.json` export carried, to store before the article that shows them. */
  media: { hash: string; fileName: string; bytes: Buffer }[];
}

const refuse = (reason: string, message: string, params: Record<string, unknown> = {}) => new AppError('Validation', message, { reason, ...params });

export function formatOf(fileName: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const format = extension === 'htm' ? 'html' : extension === 'markdown' ? 'md' : extension;
  if (format === undefined || !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw refuse('unsupportedImport', `cannot import ${fileName}`);
  }
  return format as ImportFormat;
}

/** UTF-8 text, or a refusal: a binary file renamed .txt is said to be one, not imported as noise. */
function textOf(bytes: Buffer, fileName: string): string {
  if (bytes.includes(0)) throw refuse('notText', `${fileName} is binary`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
  } catch {
    throw refuse('notText', `${fileName} is not UTF-8 text`);
  }
}

/** Top-level nodes of a converted document, with their text, for the newsroom convention. */
function blocksOfHtml(html: string): PlainBlock[] {
  const cleaned = cleanPastedHtml(html, { maxHtmlChars: MAX_IMPORT_HTML_CHARS, dataImages: 'drop' });
  if (cleaned.status === 'tooLarge') throw refuse('importTooComplex', 'document too large or nested to read');
  if (cleaned.status === 'unreadable') throw refuse('importUnreadable', 'document unreadable');
  const { doc } = parsePublishHtml(cleaned.html);
  return doc.content.map((node) => ({
    text: docToPlainText({ type: 'doc', content: [node] }),
    node,
    alignedRight: node.attrs?.textAlign === 'right',
  }));
}

const articleFile = z.strictObject({
  format: z.literal(ARTICLE_FILE_FORMAT),
  article: articlesInputs.create.omit({ templateId: true }),
  media: z.array(z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/), fileName: z.string().max(255), dataBase64: z.string() })).max(500),
});

/** Reads one file into article fields; nothing is written here, so a refusal leaves the library untouched. */
export async function readImport(fileName: string, bytes: Buffer): Promise<ImportedArticle> {
  const format = formatOf(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse('fileTooLarge', `${fileName} is ${bytes.length} bytes`, { max: MAX_IMPORT_BYTES });
  if (bytes.length === 0) throw refuse('emptyImport', `${fileName} is empty`);
  switch (format) {
    case 'txt':
      return { fields: applyConvention(plainTextBlocks(textOf(bytes, fileName))), media: [] };
    case 'md':
      return { fields: applyConvention(blocksOfHtml(new MarkdownIt({ html: false, linkify: true }).render(textOf(bytes, fileName)))), media: [] };
    case 'html':
      return { fields: applyConvention(blocksOfHtml(textOf(bytes, fileName))), media: [] };
    case 'docx': {
      let html: string;
      try {
        html = (await mammoth.convertToHtml({ buffer: bytes })).value;
      } catch {
        throw refuse('docxUnreadable', `${fileName} is not a readable .docx`);
      }
      return { fields: applyConvention(blocksOfHtml(html)), media: [] };
    }
    case 'json': {
      let data: unknown;
      try {
        data = JSON.parse(textOf(bytes, fileName));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw refuse('notArticleFile', `${fileName} is not JSON`);
      }
      const parsed = articleFile.safeParse(data);
      if (!parsed.success) throw refuse('notArticleFile', `${fileName} is not a Tòa soạn article`);
      return {
        fields: parsed.data.article,
        media: parsed.data.media.map((item) => ({ hash: item.hash, fileName: item.fileName, bytes: Buffer.from(item.dataBase64, 'base64') })),
      };
    }
  }
}
