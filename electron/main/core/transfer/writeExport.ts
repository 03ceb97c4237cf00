import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Article, ArticleFields } from '../../../../shared/domain/article.ts';
import { docToPlainText, type DocNode } from '../../../../shared/domain/articleBody.ts';
import { renderPublishHtml, stripEditorNotes } from '../../../../shared/publish/index.ts';
import { articleToMarkdown } from '../../../../shared/transfer/toMarkdown.ts';
import { ARTICLE_FILE_FORMAT, mediaOf, type ArticleFile } from './articleFile.ts';

export const EXPORT_FORMATS = ['html', 'md', 'docx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Photos {
  /** The stored photo, or undefined when its file is gone. */
  read(hash: string): Buffer | undefined;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stripBlockComments = (markup: string) => markup.replace(/<!-- \/?wp:[^>]*-->\n?/g, '');

/** A file name from the title: Vietnamese letters kept (every current OS takes them), unsafe characters out. */
export function exportFileName(article: Pick<Article, 'title' | 'id'>, format: ExportFormat): string {
  const base = article.title.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${base === '' ? article.id : base}.${format}`;
}

/** Publish HTML as a page of its own: the site's markup without block comments, photos inline as data. */
function toHtml(fields: ArticleFields, photos: Photos): string {
  const body = stripBlockComments(
    renderPublishHtml(fields.body, {
      resolveMedia: (hash) => {
        const bytes = photos.read(hash);
        return bytes === undefined ? undefined : { url: `data:image/jpeg;base64,${bytes.toString('base64')}`, id: 0 };
      },
      byline: fields.byline === '' ? undefined : { text: fields.byline, align: 'right' },
    }),
  );
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>${escapeHtml(fields.title)}</title></head>
<body>
<h1>${escapeHtml(fields.title)}</h1>
${fields.sapo === '' ? '' : `<p><strong>${escapeHtml(fields.sapo)}</strong></p>\n`}${body}
</body>
</html>
`;
}

function docxParagraphs(node: DocNode): Paragraph[] {
  const text = docToPlainText({ type: 'doc', content: [node] });
  if (node.type === 'heading') {
    const level = Number(node.attrs?.level ?? 2);
    return [new Paragraph({ text, heading: level === 2 ? HeadingLevel.HEADING_2 : level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4 })];
  }
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    return (node.content ?? []).map((item) => new Paragraph({ text: docToPlainText({ type: 'doc', content: item.content ?? [] }), bullet: { level: 0 } }));
  }
  if (node.type === 'figure') {
    const caption = [node.attrs?.caption, node.attrs?.credit].filter((part) => typeof part === 'string' && part !== '').join(' — ');
    return caption === '' ? [] : [new Paragraph({ children: [new TextRun({ text: caption, italics: true })] })];
  }
  if (text.trim() === '') return [];
  return text.split('\n\n').map((part) => new Paragraph({ text: part, alignment: node.attrs?.textAlign === 'right' ? AlignmentType.RIGHT : undefined }));
}

async function toDocx(fields: ArticleFields): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: fields.title, heading: HeadingLevel.TITLE }),
          ...(fields.sapo === '' ? [] : [new Paragraph({ children: [new TextRun({ text: fields.sapo, bold: true })] })]),
          ...stripEditorNotes(fields.body).content.flatMap(docxParagraphs),
          ...(fields.byline === '' ? [] : [new Paragraph({ children: [new TextRun({ text: fields.byline, bold: true, italics: true })], alignment: AlignmentType.RIGHT })]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function toJson(fields: ArticleFields, photos: Photos): string {
  const file: ArticleFile = {
    format: ARTICLE_FILE_FORMAT,
    article: fields,
    media: mediaOf(fields).flatMap((hash) => {
      const bytes = photos.read(hash);
      return bytes === undefined ? [] : [{ hash, fileName: `${hash}.jpg`, dataBase64: bytes.toString('base64') }];
    }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One article as a file in `format`; editor's notes are left out of all but `.json` (which keeps everything). */
export async function writeExport(fields: ArticleFields, format: ExportFormat, photos: Photos): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(toHtml(fields, photos), 'utf8');
    case 'md':
      return Buffer.from(articleToMarkdown(fields, (hash) => `${hash}.jpg`), 'utf8');
    case 'docx':
      return toDocx(fields);
    case 'json':
      return Buffer.from(toJson(fields, photos), 'utf8');
  }
}
