import { Node } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorState } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow, deleteTable, goToNextCell, isInTable, tableEditing } from '@tiptap/pm/tables';
import { NODE_SPECS } from '../../../shared/schema/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    table: {
      /** A table after the block the cursor is in, the cursor in its first cell. */
      insertTable: (options?: { rows?: number; cols?: number; withHeaderRow?: boolean }) => ReturnType;
      addRowAfter: () => ReturnType;
      addColumnAfter: () => ReturnType;
      deleteRow: () => ReturnType;
      deleteColumn: () => ReturnType;
      deleteTable: () => ReturnType;
    };
  }
}

/** prosemirror-tables finds the table's parts by these roles in the node specs. */
const TABLE_ROLES: Readonly<Record<string, string>> = { table: 'table', tableRow: 'row', tableCell: 'cell', tableHeader: 'header_cell' };

/** Not `article-table`: that is the library's list of articles. */
export const TABLE_CLASS = 'body-table';

function createTable(state: EditorState, rows: number, cols: number, withHeaderRow: boolean): ProseMirrorNode | undefined {
  const { table, tableRow, tableCell, tableHeader, paragraph } = state.schema.nodes;
  if (table === undefined || tableRow === undefined || tableCell === undefined || tableHeader === undefined || paragraph === undefined) return undefined;
  const row = (header: boolean) => tableRow.create(null, Array.from({ length: cols }, () => (header ? tableHeader : tableCell).create(null, paragraph.create())));
  return table.create(null, Array.from({ length: rows }, (_, index) => row(withHeaderRow && index === 0)));
}

/**
 * Simple tables, as WordPress 6.1's table block holds them: rows of cells, a header row
 * optional, each cell one paragraph, no merged cells and no column widths (there is no
 * resizing; `colwidth` is not part of the model). Built on prosemirror-tables directly,
 * the same engine as TipTap's table extension, with the same node names and JSON.
 * Tab moves between cells and leaves the table from the last one, never trapping focus;
 * Enter in a cell is a line break, since a cell holds one paragraph.
 */
export const Table = Node.create({
  name: 'table',
  group: NODE_SPECS.table.group,
  content: NODE_SPECS.table.content,
  isolating: true,

  extendNodeSchema(extension) {
    const role = TABLE_ROLES[extension.name];
    return role === undefined ? {} : { tableRole: role };
  },

  parseHTML() {
    return [{ tag: 'table' }];
  },

  renderHTML() {
    return ['table', { class: TABLE_CLASS }, ['tbody', 0]];
  },

  addCommands() {
    return {
      insertTable:
        ({ rows = 3, cols = 3, withHeaderRow = true } = {}) =>
        ({ state, tr, dispatch }) => {
          const node = createTable(state, rows, cols, withHeaderRow);
          if (node === undefined) return false;
          if (dispatch !== undefined) {
            const { $to } = state.selection;
            const position = $to.depth > 0 ? $to.after(1) : $to.pos;
            tr.insert(position, node);
            tr.setSelection(TextSelection.near(tr.doc.resolve(position + 1))).scrollIntoView();
          }
          return true;
        },
      addRowAfter:
        () =>
        ({ state, dispatch }) =>
          addRowAfter(state, dispatch),
      addColumnAfter:
        () =>
        ({ state, dispatch }) =>
          addColumnAfter(state, dispatch),
      deleteRow:
        () =>
        ({ state, dispatch }) =>
          deleteRow(state, dispatch),
      deleteColumn:
        () =>
        ({ state, dispatch }) =>
          deleteColumn(state, dispatch),
      deleteTable:
        () =>
        ({ state, dispatch }) =>
          deleteTable(state, dispatch),
    };
  },

  addKeyboardShortcuts() {
    const inTable = () => isInTable(this.editor.state);
    return {
      Tab: () => inTable() && goToNextCell(1)(this.editor.state, this.editor.view.dispatch),
      'Shift-Tab': () => inTable() && goToNextCell(-1)(this.editor.state, this.editor.view.dispatch),
      Enter: () => inTable() && this.editor.commands.setHardBreak(),
    };
  },

  addProseMirrorPlugins() {
    return [tableEditing({ allowTableNodeSelection: false })];
  },
});
