import type { AttrSpecs, NodeSpecData } from './spec.ts';
import { EMBED_PROVIDERS, EMBED_SCHEMES, HEADING_LEVELS, MEDIA_HASH_PATTERN, TEXT_ALIGNS } from './values.ts';

/**
 * The newsroom's node types. TipTap StarterKit's nodes appear as StarterKit 3.34 defines
 * them (their attributes included, since the editor's JSON carries them), except where a
 * comment says we narrowed them; the newsroom's own nodes are defined here first and the
 * editor's extensions read their content expressions and attributes from this file.
 */

const text = { kind: 'text' } as const;
const nullableText = { kind: 'text', nullable: true } as const;

/** A photo: `media` is the local copy's sha256, `src` the site's copy, `remoteId` its attachment id. */
export const FIGURE_ATTRS = {
  media: { default: null, accepts: { kind: 'pattern', pattern: MEDIA_HASH_PATTERN, nullable: true } },
  src: { default: null, accepts: nullableText },
  alt: { default: '', accepts: text },
  caption: { default: '', accepts: text },
  credit: { default: '', accepts: text },
  remoteId: { default: null, accepts: { kind: 'integer', min: 1, nullable: true } },
} as const satisfies AttrSpecs;

/**
 * WordPress 6.1 table cells hold inline content only and have no spans, so a cell is
 * exactly one paragraph with `colspan`/`rowspan` fixed at 1. The attributes exist because
 * prosemirror-tables reads them; column widths (`colwidth`) are not part of the model.
 */
const CELL_ATTRS = {
  colspan: { default: 1, accepts: { oneOf: [1] } },
  rowspan: { default: 1, accepts: { oneOf: [1] } },
} as const satisfies AttrSpecs;

/** What a fact box may hold: the short paragraphs and lists of a boxed aside, nothing that needs a layout. */
export const FACT_BOX_CONTENT = '(paragraph | bulletList | orderedList)+';

export const NODE_SPECS = {
  doc: { content: 'block+' },
  paragraph: {
    group: 'block',
    content: 'inline*',
    // Rendered as a class in the editor (the CSP refuses style attributes), `has-text-align-*` on the site.
    attrs: { textAlign: { default: null, accepts: { oneOf: [null, ...TEXT_ALIGNS] } } },
  },
  text: { group: 'inline' },
  hardBreak: { group: 'inline', inline: true },
  // Narrowed from StarterKit's 1–6: H1 is the title. The default is 2 rather than TipTap's 1.
  heading: { group: 'block', content: 'inline*', attrs: { level: { default: 2, accepts: { oneOf: HEADING_LEVELS } } } },
  blockquote: { group: 'block', content: 'block+' },
  bulletList: { group: 'block list', content: 'listItem+' },
  orderedList: {
    group: 'block list',
    content: 'listItem+',
    // `type` is whatever a pasted `<ol type>` said; WordPress keeps only `start`.
    attrs: { start: { default: 1, accepts: { kind: 'integer' } }, type: { default: null, accepts: nullableText } },
  },
  listItem: { content: 'paragraph block*' },
  codeBlock: { group: 'block', content: 'text*', marks: '', attrs: { language: { default: null, accepts: nullableText } } },
  horizontalRule: { group: 'block' },
  /** A quote pulled out in large type: one textblock, with the person quoted as an attribute. */
  pullQuote: { group: 'block', content: 'inline*', attrs: { citation: { default: null, accepts: nullableText } } },
  /** A boxed aside ("Hộp thông tin") with its own one-line title. */
  factBox: { group: 'block', content: FACT_BOX_CONTENT, attrs: { title: { default: '', accepts: text } } },
  figure: { group: 'block', atom: true, attrs: FIGURE_ATTRS },
  /** A YouTube, Facebook or TikTok post by URL: a placeholder card in the editor, an iframe only on the site. */
  embed: {
    group: 'block',
    atom: true,
    attrs: {
      url: { default: null, accepts: { kind: 'url', schemes: EMBED_SCHEMES } },
      provider: { default: 'other', accepts: { oneOf: EMBED_PROVIDERS } },
    },
  },
  table: { group: 'block', content: 'tableRow+' },
  tableRow: { content: '(tableCell | tableHeader)*' },
  tableCell: { content: 'paragraph', attrs: CELL_ATTRS },
  tableHeader: { content: 'paragraph', attrs: CELL_ATTRS },
} as const satisfies Record<string, NodeSpecData>;

export type NodeName = keyof typeof NODE_SPECS;
export const NODE_NAMES = Object.keys(NODE_SPECS) as NodeName[];
