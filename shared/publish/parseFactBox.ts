import type { DocNode } from '../domain/articleBody.ts';
import type { BlockItem } from './blockMarkup.ts';
import { hasClass, isElement } from './htmlTree.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';
import { FACT_BOX_CLASS, plainAttr } from './nodes.ts';
import type { ParseContext } from './parseContext.ts';

/**
 * A fact box comes back as the `core/group` `renderBlocks.ts` writes (or, in classic
 * content, the `<aside class="… toasoan-factbox">` it renders as): a leading heading is
 * its title, everything else its content. What a fact box cannot hold (an image the
 * site's editor added to the group) is sorted out by normalisation, never dropped.
 */

export function isFactBoxElement(element: HtmlElement): boolean {
  return hasClass(element, FACT_BOX_CLASS);
}

export function isFactBoxGroup(item: BlockItem): boolean {
  const className = typeof item.attrs.className === 'string' ? item.attrs.className.split(/\s+/) : [];
  return className.includes(FACT_BOX_CLASS) || item.nodes.some((node) => isElement(node) && isFactBoxElement(node));
}

function titleText(heading: DocNode): string {
  return plainAttr((heading.content ?? []).map((node) => (node.type === 'hardBreak' ? ' ' : (node.text ?? ''))).join(''));
}

function factBoxFrom(children: readonly HtmlNode[], context: ParseContext): DocNode {
  const content = context.flow(children);
  const first = content[0];
  const title = first?.type === 'heading' ? titleText(first) : '';
  if (first?.type === 'heading') content.shift();
  return { type: 'factBox', attrs: { title }, content };
}

/** The box element's children make the fact box; anything else between the delimiters follows it. */
export function factBoxFromNodes(nodes: readonly HtmlNode[], context: ParseContext): DocNode[] {
  const box = nodes.find((node): node is HtmlElement => isElement(node) && isFactBoxElement(node));
  if (box === undefined) return [factBoxFrom(nodes, context)];
  return [factBoxFrom(box.children, context), ...context.flow(nodes.filter((node) => node !== box))];
}

export function factBoxFromElement(element: HtmlElement, context: ParseContext): DocNode[] {
  return [factBoxFrom(element.children, context)];
}
