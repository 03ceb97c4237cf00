/**
 * Publishing bodies to WordPress and reading them back: our ProseMirror JSON to the
 * block markup WordPress 6.1's editor saves, and the site's `content.raw` (block or
 * classic) to our JSON. Pure: no DOM, no Node.
 */
export { normalizePublishDoc } from './canonical.ts';
export { hasEditorNotes, stripEditorNotes } from './editorNotes.ts';
export { excerptFromSapo, sapoFromExcerpt } from './excerpt.ts';
export { BYLINE_CLASS, CREDIT_CLASS, EDITOR_NOTE_CLASS, EMBED_PROVIDERS, FACT_BOX_CLASS, TEXT_ALIGNS, detectEmbedProvider, figureAttrs, safeHref } from './nodes.ts';
export type { EmbedAttrs, EmbedProvider, FigureAttrs, TextAlign } from './nodes.ts';
export { parsePublishHtml } from './parsePublishHtml.ts';
export type { ParsedPublishHtml } from './parsePublishHtml.ts';
export { UnresolvedMediaError, mediaHashes, renderPublishHtml } from './renderPublishHtml.ts';
export type { RenderPublishOptions } from './renderPublishHtml.ts';
