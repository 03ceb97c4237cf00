import type { ArticleFields } from '../../../shared/domain/article.ts';
import type { BodyDoc, DocNode } from '../../../shared/domain/articleBody.ts';
import { escapeAttribute, escapeText } from '../../../shared/publish/entities.ts';
import { figureAttrs, renderPublishHtml } from '../../../shared/publish/index.ts';

export type PreviewArticle = Pick<ArticleFields, 'title' | 'sapo' | 'body' | 'byline'>;

export interface PreviewDocumentOptions {
  /** Absolute URL of the page stylesheet (`preview.css`, emitted by Vite as its own asset). */
  stylesheetUrl: string;
  /** Where the page reads a local photo (`mediaUrl` in the app). */
  mediaUrl(hash: string): string;
  language: string;
  /** The page's <title>, for assistive technology reading the frame. */
  documentTitle: string;
  /** Shown in place of an empty headline. */
  untitled: string;
}

/**
 * A figure with no photo yet makes `renderPublishHtml` refuse the whole body (publishing
 * must wait for it); a preview shows the rest of the article instead.
 */
function withoutEmptyFigures(node: DocNode): DocNode {
  if (node.content === undefined) return node;
  const content = node.content
    .filter((child) => {
      if (child.type !== 'figure') return true;
      const { media, src } = figureAttrs(child);
      return media !== null || src !== null;
    })
    .map(withoutEmptyFigures);
  return { ...node, content };
}

/**
 * The article as the newspaper's site would show it: headline, sapo, the body exactly
 * as publishing renders it (editor's notes and all), and the byline. A complete HTML
 * document for an iframe's `srcdoc`. It carries no script and no inline style: the
 * frame inherits the app's CSP (script-src/style-src 'self'), so its only styling is
 * the linked stylesheet. `<base target="_blank">` makes a click on a link a popup,
 * which the sandbox (no allow-popups) drops, instead of navigating the frame to a
 * page the CSP refuses to frame (base-uri 'none' governs href, not target).
 */
export function previewDocument(article: PreviewArticle, options: PreviewDocumentOptions): string {
  const body = renderPublishHtml(withoutEmptyFigures(article.body) as BodyDoc, {
    // The id only names a class (wp-image-<id>); a local photo has none yet.
    resolveMedia: (hash) => ({ url: options.mediaUrl(hash), id: 0 }),
    byline: { text: article.byline, align: 'right' },
  });
  const title = article.title.trim();
  const sapo = article.sapo.trim();
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(options.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeText(options.documentTitle)}</title>`,
    '<base target="_blank">',
    `<link rel="stylesheet" href="${escapeAttribute(options.stylesheetUrl)}">`,
    '</head>',
    '<body>',
    '<main class="preview-page">',
    '<article class="preview-article">',
    '<header class="preview-header">',
    `<h1 class="preview-title${title === '' ? ' preview-untitled' : ''}">${escapeText(title === '' ? options.untitled : title)}</h1>`,
    sapo !== '' ? `<p class="preview-sapo">${escapeText(sapo)}</p>` : '',
    '</header>',
    `<div class="preview-body">${body}</div>`,
    '</article>',
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
