import { NODE_SPECS } from '../../../shared/schema/index.ts';
import { tableCellNode } from './tableCellNode.ts';

/** A header cell of a `Table` (`th`); a first row of them is the table's head on the site. */
export const TableHeader = tableCellNode('tableHeader', 'th', NODE_SPECS.tableHeader.content);
