import { NODE_SPECS } from '../../../shared/schema/index.ts';
import { tableCellNode } from './tableCellNode.ts';

/** A body cell of a `Table`. */
export const TableCell = tableCellNode('tableCell', 'td', NODE_SPECS.tableCell.content);
