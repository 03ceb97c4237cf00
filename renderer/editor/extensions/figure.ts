import { Node } from '@tiptap/react';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import type { FigureAttrs } from '../../../shared/publish/index.ts';
import { isMediaHash, mediaUrl } from '../../src/mediaUrl.ts';

export type { FigureAttrs } from '../../../shared/publish/index.ts';

export const FIGURE_DEFAULTS: FigureAttrs = { media: null, src: null, alt: '', caption: '', credit: '', remoteId: null };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a photo block after the selection (never over selected text), or at `position`, e.g. a drop point. */
      insertFigure: (attrs: Partial<FigureAttrs>, position?: number) => ReturnType;
    };
  }
}

const isWebUrl = (value: string | null | undefined): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);

/** Attrs read back from a node, whatever an older or foreign document put there. */
export function figureAttrs(raw: Record<string, unknown>): FigureAttrs {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    media: isMediaHash(raw.media) ? raw.media : null,
    src: typeof raw.src === 'string' && isWebUrl(raw.src) ? raw.src : null,
    alt: text(raw.alt),
    caption: text(raw.caption),
    credit: text(raw.credit),
    remoteId: typeof raw.remoteId === 'number' && Number.isInteger(raw.remoteId) ? raw.remoteId : null,
  };
}

/** The local copy first: it works offline and is the original, not the site's resized one. */
export function figureImageUrl(attrs: FigureAttrs): string | null {
  if (attrs.media !== null) return mediaUrl(attrs.media);
  return attrs.src;
}

/** "Chú thích — Ảnh: tác giả", as the paper prints it under a photo. */
export function figureCaptionText(attrs: Pick<FigureAttrs, 'caption' | 'credit'>): string {
  return [attrs.caption.trim(), attrs.credit.trim()].filter((part) => part !== '').join(' — ');
}

const imageOf = (element: HTMLElement): HTMLImageElement | null => element.querySelector('img');

/**
 * A photo block: `<figure class="article-figure"><img><figcaption>caption — credit</figcaption></figure>`.
 * An atom (no editable text inside): caption, credit and alt are edited in the figure
 * panel, so the caption cannot be half-deleted by a stray Backspace.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    // Rendered by renderHTML below, which knows how media hashes become URLs.
    return {
      media: {
        default: null,
        rendered: false,
        parseHTML: (element) => {
          const media = element.getAttribute('data-media');
          return isMediaHash(media) ? media : null;
        },
      },
      src: {
        default: null,
        rendered: false,
        parseHTML: (element) => {
          if (isMediaHash(element.getAttribute('data-media'))) return null;
          const src = imageOf(element)?.getAttribute('src');
          return isWebUrl(src) ? src : null;
        },
      },
      alt: { default: '', rendered: false, parseHTML: (element) => imageOf(element)?.getAttribute('alt') ?? '' },
      caption: {
        default: '',
        rendered: false,
        parseHTML: (element) =>
          element.getAttribute('data-caption') ?? element.querySelector('figcaption')?.textContent?.trim() ?? '',
      },
      credit: { default: '', rendered: false, parseHTML: (element) => element.getAttribute('data-credit') ?? '' },
      remoteId: {
        default: null,
        rendered: false,
        parseHTML: (element) => {
          const id = Number(element.getAttribute('data-remote-id'));
          return Number.isInteger(id) && id > 0 ? id : null;
        },
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        // A figure with no image we can show (a data: URL, a script: URL) is not kept as an empty frame.
        getAttrs: (element) => {
          const image = imageOf(element);
          if (image === null) return false;
          return isMediaHash(element.getAttribute('data-media')) || isWebUrl(image.getAttribute('src')) ? null : false;
        },
      },
    ];
  },

  renderHTML({ node }) {
    const attrs = figureAttrs(node.attrs);
    const caption = figureCaptionText(attrs);
    const image: DOMOutputSpec = ['img', { src: figureImageUrl(attrs), alt: attrs.alt, draggable: 'false' }];
    const figure = {
      class: 'article-figure',
      'data-media': attrs.media,
      'data-caption': attrs.caption === '' ? null : attrs.caption,
      'data-credit': attrs.credit === '' ? null : attrs.credit,
      'data-remote-id': attrs.remoteId === null ? null : String(attrs.remoteId),
    };
    return caption === '' ? ['figure', figure, image] : ['figure', figure, image, ['figcaption', caption]];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs, position) =>
        ({ commands, state }) => {
          const content = { type: this.name, attrs: { ...FIGURE_DEFAULTS, ...attrs } };
          return commands.insertContentAt(position ?? state.selection.to, content);
        },
    };
  },
});
