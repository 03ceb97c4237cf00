import type { Editor } from '@tiptap/react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { isTextAlign } from '../../../shared/schema/index.ts';
import type { TextAlign } from '../../../shared/schema/index.ts';

export const TOOLBAR_MARKS = ['bold', 'italic', 'underline', 'strike', 'subscript', 'superscript', 'link', 'editorNote'] as const;
export type ToolbarMark = (typeof TOOLBAR_MARKS)[number];

export interface ToolbarState {
  marks: Readonly<Record<ToolbarMark, boolean>>;
  /** The heading level of the block the cursor is in, or 0. */
  heading: number;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  pullQuote: boolean;
  factBox: boolean;
  table: boolean;
  /** The alignment of the paragraph the cursor is in; left when it has none. */
  align: TextAlign;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * What the toolbar shows as pressed, read in one walk up from the cursor. It runs on
 * every keystroke, so it looks only at the cursor's ancestors and marks (and, for a
 * selection, at the selected range), never at the whole document.
 */
export function toolbarState(editor: Editor): ToolbarState {
  const { state } = editor;
  const { selection } = state;
  const { $from, empty } = selection;
  const cursorMarks = empty ? (state.storedMarks ?? $from.marks()) : [];
  const marks = Object.fromEntries(
    TOOLBAR_MARKS.map((name) => {
      const type = state.schema.marks[name];
      if (type === undefined) return [name, false];
      return [name, empty ? type.isInSet(cursorMarks) !== undefined : editor.isActive(name)];
    }),
  ) as Record<ToolbarMark, boolean>;
  const result: ToolbarState = {
    marks,
    heading: 0,
    bulletList: false,
    orderedList: false,
    blockquote: false,
    pullQuote: false,
    factBox: false,
    table: false,
    align: 'left',
    canUndo: undoDepth(state) > 0,
    canRedo: redoDepth(state) > 0,
  };
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    switch (node.type.name) {
      case 'heading':
        result.heading = typeof node.attrs.level === 'number' ? node.attrs.level : 0;
        break;
      case 'paragraph':
        if (depth === $from.depth && isTextAlign(node.attrs.textAlign)) result.align = node.attrs.textAlign;
        break;
      case 'bulletList':
      case 'orderedList':
        // The innermost list decides which button is pressed.
        if (!result.bulletList && !result.orderedList) result[node.type.name] = true;
        break;
      case 'blockquote':
      case 'pullQuote':
      case 'factBox':
        result[node.type.name] = true;
        break;
      case 'table':
        result.table = true;
        break;
    }
  }
  return result;
}
