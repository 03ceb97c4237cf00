import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/react';
import type { EmbedProvider } from '../../../shared/schema/index.ts';
import { EditorNote } from './editorNote.ts';
import { Embed } from './embed.ts';
import { FactBox } from './factBox.ts';
import { Figure } from './figure.ts';
import { Heading } from './heading.ts';
import { LINK_OPTIONS, LinkGuard } from './link.ts';
import { PullQuote } from './pullQuote.ts';
import { Subscript } from './subscript.ts';
import { Superscript } from './superscript.ts';
import { Table } from './table.ts';
import { TableCell } from './tableCell.ts';
import { TableHeader } from './tableHeader.ts';
import { TableRow } from './tableRow.ts';
import { TextAlign } from './textAlign.ts';

export interface NewsroomExtensionOptions {
  /** Translated provider names for the embed cards. */
  embedLabels?: Readonly<Record<EmbedProvider, string>>;
}

/**
 * Every extension of the article body: together they build exactly the schema in
 * `shared/schema/` (`schema.test.ts` compares them), so what the editor stores is what
 * main validates and `shared/publish` renders.
 */
export function newsroomExtensions(options: NewsroomExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({ heading: false, link: LINK_OPTIONS }),
    Heading,
    TextAlign,
    Subscript,
    Superscript,
    EditorNote,
    LinkGuard,
    PullQuote,
    FactBox,
    options.embedLabels === undefined ? Embed : Embed.configure({ labels: options.embedLabels }),
    Table,
    TableRow,
    TableHeader,
    TableCell,
    Figure,
  ];
}
