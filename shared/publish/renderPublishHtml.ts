import type { BodyDoc, DocNode } from '../domain/articleBody.ts';
import { joinBlocks } from './blockMarkup.ts';
import { normalizePublishDoc } from './canonical.ts';
import { stripEditorNotes } from './editorNotes.ts';
import { figureAttrs } from './nodes.ts';
import { bylineBlock, renderBlock } from './renderBlocks.ts';
import type { ResolvedImage } from './renderBlocks.ts';

export interface RenderPublishOptions {
  /**
   * The site's copy of a locally stored image, once uploaded: its URL (the "large"
   * size when the site made one, since the block says `sizeSlug: large`) and attachment id.
   */
  resolveMedia(hash: string): { url: string; id: number } | undefined;
  /** The pen name, printed as a last right-aligned paragraph. */
  byline?: { text: string; align: 'right' } | undefined;
  /**
   * Editor's notes are stripped (the default: nothing the desk wrote to itself reaches the
   * site) unless this is true, for an internal copy; kept notes are `<mark class="toasoan-editor-note">`.
   */
  keepEditorNotes?: boolean;
}

/**
 * A figure the site cannot show yet: its image is not uploaded (`hashes`), or it has
 * no image at all (`figuresWithoutImage`). Publishing must wait rather than send a
 * post with a broken image.
 */
export class UnresolvedMediaError extends Error {
  override readonly name = 'UnresolvedMediaError';
  readonly hashes: readonly string[];
  readonly figuresWithoutImage: number;

  constructor(hashes: readonly string[], figuresWithoutImage: number) {
    const parts = [
      hashes.length > 0 ? `${hashes.length} image(s) not uploaded: ${hashes.join(', ')}` : '',
      figuresWithoutImage > 0 ? `${figuresWithoutImage} figure(s) without an image` : '',
    ];
    super(parts.filter((part) => part !== '').join('; '));
    this.hashes = hashes;
    this.figuresWithoutImage = figuresWithoutImage;
  }
}

/** Every local image hash a body refers to, in order, once each: what must be uploaded first. */
export function mediaHashes(doc: DocNode): string[] {
  const hashes: string[] = [];
  const walk = (node: DocNode) => {
    if (node.type === 'figure') {
      const { media } = figureAttrs(node);
      if (media !== null && !hashes.includes(media)) hashes.push(media);
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return hashes;
}

/**
 * The body as WordPress block markup for `content` (see `renderBlocks.ts`), NFC, without
 * editor's notes unless `keepEditorNotes`.
 * Throws `UnresolvedMediaError` listing every figure that cannot be shown.
 */
export function renderPublishHtml(doc: BodyDoc, options: RenderPublishOptions): string {
  const body = normalizePublishDoc(options.keepEditorNotes === true ? doc : stripEditorNotes(doc));
  const resolved = new Map<DocNode, ResolvedImage>();
  const missing: string[] = [];
  let withoutImage = 0;
  const walk = (node: DocNode) => {
    if (node.type === 'figure') {
      const { media, src, remoteId } = figureAttrs(node);
      const site = media !== null ? options.resolveMedia(media) : undefined;
      if (site !== undefined) resolved.set(node, { url: site.url.normalize('NFC'), id: site.id });
      else if (media !== null) {
        if (!missing.includes(media)) missing.push(media);
      } else if (src !== null) resolved.set(node, { url: src, id: remoteId });
      else withoutImage++;
    }
    node.content?.forEach(walk);
  };
  walk(body);
  if (missing.length > 0 || withoutImage > 0) throw new UnresolvedMediaError(missing, withoutImage);

  const image = (figure: DocNode): ResolvedImage => resolved.get(figure) ?? { url: '', id: null };
  const blocks = body.content.map((node) => renderBlock(node, image));
  const byline = options.byline?.text.trim() ?? '';
  if (byline !== '') blocks.push(bylineBlock(byline));
  // Every piece is NFC already (normalisation above). Normalising the whole string
  // instead could compose a leading U+0338 in text with the `>` of the tag before it.
  return joinBlocks(blocks);
}
