import type { MarkSpecData } from './spec.ts';
import { LINK_SCHEMES } from './values.ts';

const nullableText = { kind: 'text', nullable: true } as const;

/**
 * The newsroom's marks. `link` keeps StarterKit's attributes (the editor's JSON carries
 * them; a pasted `<a target rel class title>` fills them in) but its `href` must be
 * http, https or mailto. Only `href` is ever published.
 */
export const MARK_SPECS = {
  link: {
    published: true,
    attrs: {
      href: { default: null, accepts: { kind: 'url', schemes: LINK_SCHEMES } },
      target: { default: '_blank', accepts: nullableText },
      rel: { default: 'noopener noreferrer nofollow', accepts: nullableText },
      class: { default: null, accepts: nullableText },
      title: { default: null, accepts: nullableText },
    },
  },
  bold: { published: true },
  italic: { published: true },
  underline: { published: true },
  strike: { published: true },
  code: { published: true, excludes: '_' },
  subscript: { published: true, excludes: 'superscript' },
  superscript: { published: true, excludes: 'subscript' },
  /**
   * The editor's note ("Ghi chú biên tập"): text the desk leaves for itself inside the
   * body, highlighted in the editor, stripped from publish HTML and exports unless asked.
   */
  editorNote: { published: false },
} as const satisfies Record<string, MarkSpecData>;

export type MarkName = keyof typeof MARK_SPECS;
export const MARK_NAMES = Object.keys(MARK_SPECS) as MarkName[];
