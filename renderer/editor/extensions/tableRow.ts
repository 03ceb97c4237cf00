import { Node } from '@tiptap/react';
import { NODE_SPECS } from '../../../shared/schema/index.ts';

/** One row of a `Table`: header and body cells in any order, as WordPress allows. */
export const TableRow = Node.create({
  name: 'tableRow',
  content: NODE_SPECS.tableRow.content,

  parseHTML() {
    return [{ tag: 'tr' }];
  },

  renderHTML() {
    return ['tr', 0];
  },
});
