import type { DocNode } from '../domain/articleBody.ts';
import type { BlockItem } from './blockMarkup.ts';
import { isBlank, isElement, textContent } from './htmlTree.ts';
import type { HtmlElement } from './htmlTree.ts';
import { isTextAlign } from './nodes.ts';
import { warn } from './parseContext.ts';
import type { ParseContext } from './parseContext.ts';
import { blocksFromElement, codeBlockFromElement, listFromElement, listItemFromElement, paragraphsFromElement, quoteFromElement } from './parseElements.ts';
import { factBoxFromNodes, isFactBoxGroup } from './parseFactBox.ts';
import { embedFromNodes, figureFromNodes, pullQuoteFromNodes, tableFromNodes } from './parseFigures.ts';

/**
 * WordPress blocks to our nodes. Each known block is read from its main element; any
 * other content between its delimiters is read too rather than ignored. Unknown blocks
 * (columns, groups other than our fact box, galleries, plugins' blocks) are opened up: their inner blocks and
 * text are kept, with a warning.
 */

function withMain(item: BlockItem, names: readonly string[], context: ParseContext, convert: (element: HtmlElement) => DocNode[]): DocNode[] {
  const main = item.nodes.find((node): node is HtmlElement => isElement(node) && names.includes(node.name));
  if (main === undefined) return context.flow(item.nodes);
  return [...convert(main), ...context.flow(item.nodes.filter((node) => node !== main))];
}

/** Blocks with no text and no node of ours. */
const DROPPED: ReadonlySet<string> = new Set(['more', 'nextpage', 'spacer']);

export function blocksFromBlock(item: BlockItem, context: ParseContext): DocNode[] {
  if (item.badJson) warn(context, `badBlockAttributes:${item.name}`);
  const attrs = item.attrs;
  switch (item.name) {
    case 'paragraph': {
      const align = isTextAlign(attrs.align) ? attrs.align : undefined;
      return withMain(item, ['p'], context, (p) => paragraphsFromElement(p, context, align));
    }
    case 'heading':
      return withMain(item, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], context, (heading) => blocksFromElement(heading, context));
    case 'list':
      return withMain(item, ['ul', 'ol'], context, (list) => listFromElement(list, context));
    case 'list-item':
      return withMain(item, ['li'], context, (li) => [{ type: 'bulletList', content: [listItemFromElement(li, context)] }]);
    case 'quote':
      return withMain(item, ['blockquote'], context, (quote) => quoteFromElement(quote, context));
    case 'pullquote':
      return pullQuoteFromNodes(item.nodes, context);
    case 'image':
      return figureFromNodes(item.nodes, attrs, context);
    case 'table':
      return tableFromNodes(item.nodes, context);
    case 'embed':
      return embedFromNodes(item.nodes, attrs, context);
    case 'separator':
      return [{ type: 'horizontalRule' }];
    case 'group':
      if (isFactBoxGroup(item)) return factBoxFromNodes(item.nodes, context);
      warn(context, `unknownBlock:${item.name}`);
      return context.flow(item.nodes);
    case 'code':
      return withMain(item, ['pre'], context, (pre) => [codeBlockFromElement(pre)]);
    case 'preformatted':
    case 'verse':
      // Both keep their line breaks as typed; a code block is our node that does.
      warn(context, `blockConverted:${item.name}`);
      return withMain(item, ['pre'], context, (pre) => [codeBlockFromElement(pre)]);
    case 'html':
      warn(context, 'blockConverted:html');
      return context.flow(item.nodes);
    case 'freeform':
      return context.flow(item.nodes);
    default:
      if (item.name.startsWith('core-embed/')) {
        return embedFromNodes(item.nodes, { providerNameSlug: item.name.slice('core-embed/'.length), ...attrs }, context);
      }
      if (DROPPED.has(item.name)) {
        warn(context, `droppedBlock:${item.name}`);
        return isBlank(textContent(item.nodes)) ? [] : context.flow(item.nodes);
      }
      warn(context, `unknownBlock:${item.name}`);
      return context.flow(item.nodes);
  }
}
