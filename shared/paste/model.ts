/**
 * What a paste becomes before it is HTML again: the handful of blocks and marks the
 * article schema has. Reading the clipboard into this shape first (instead of deleting
 * attributes from the source HTML) is what guarantees nothing else gets through.
 */

export type LegacyFont = 'tcvn3' | 'tcvn3Capitals' | 'vni';

export interface MarkSet {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  script: 'sub' | 'sup' | null;
  /** Only http(s) and mailto (see links.ts). */
  href: string | null;
}

export const NO_MARKS: Readonly<MarkSet> = Object.freeze({ bold: false, italic: false, underline: false, strike: false, script: null, href: null });

export interface TextRun {
  kind: 'text';
  text: string;
  marks: MarkSet;
  /** A legacy Vietnamese font the source set this text in (".VnTime", "VNI-Times"), if any. */
  font: LegacyFont | null;
}

export interface LineBreak {
  kind: 'break';
}

export type Inline = TextRun | LineBreak;

export interface TableCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: Block[];
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: 2 | 3 | 4; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number | null; items: Block[][] }
  | { kind: 'blockquote'; blocks: Block[] }
  | { kind: 'table'; rows: TableCell[][] }
  | { kind: 'image'; src: string; alt: string; caption: Inline[] }
  | { kind: 'rule' };

export function sameMarks(a: MarkSet, b: MarkSet): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.script === b.script && a.href === b.href;
}
