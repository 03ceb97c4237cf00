import { tokenizeHtml } from './htmlTokenizer.ts';

/**
 * Builds a light element tree from tokens with the parts of the HTML5 tree rules that
 * post content needs: void elements, implied end tags (`<p>` closed by a block, `<li>`
 * by the next `<li>`, table cells and rows), and end tags that match nothing ignored.
 * Comments stay in the tree because WordPress block delimiters are comments.
 */
export interface HtmlElement {
  kind: 'element';
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  kind: 'text';
  text: string;
}
export interface HtmlComment {
  kind: 'comment';
  data: string;
}
export type HtmlNode = HtmlElement | HtmlText | HtmlComment;

const VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Start tags that close an open `<p>` (HTML5 "close a p element"). */
const CLOSES_P: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'listing',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

/** HTML5's "special" elements: implied-end searches and stray inline end tags stop at them. */
const SPECIAL: ReadonlySet<string> = new Set([
  ...CLOSES_P, 'applet', 'body', 'button', 'caption', 'col', 'colgroup', 'html', 'iframe', 'img', 'marquee', 'object',
  'select', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'tr',
]);

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Chrome stops nesting at 512 levels too; past it, elements are kept flat. Hostile
 * server HTML could otherwise nest deep enough to exhaust the stack of the readers.
 */
const MAX_TREE_DEPTH = 512;
const BUTTON_SCOPE: ReadonlySet<string> = new Set(['applet', 'button', 'caption', 'html', 'marquee', 'object', 'table', 'td', 'template', 'th']);
const TABLE_SCOPE: ReadonlySet<string> = new Set(['html', 'table', 'template']);

export function parseHtmlFragment(html: string): HtmlNode[] {
  const root: HtmlElement = { kind: 'element', name: '#root', attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  const current = (): HtmlElement => stack[stack.length - 1] ?? root;

  /** Index in the stack of the nearest open element named one of `names`, not crossing `barrier`. */
  const findOpen = (names: ReadonlySet<string>, barrier: (name: string) => boolean): number => {
    for (let i = stack.length - 1; i > 0; i--) {
      const name = stack[i]?.name ?? '';
      if (names.has(name)) return i;
      if (barrier(name)) return -1;
    }
    return -1;
  };
  const popTo = (index: number) => {
    if (index > 0) stack.length = index;
  };
  const closeImplied = (names: ReadonlySet<string>, barrier: (name: string) => boolean) => popTo(findOpen(names, barrier));

  for (const token of tokenizeHtml(html)) {
    const parent = current();
    if (token.kind === 'text') {
      const last = parent.children[parent.children.length - 1];
      if (last?.kind === 'text') last.text += token.text;
      else parent.children.push({ kind: 'text', text: token.text });
    } else if (token.kind === 'comment') {
      parent.children.push({ kind: 'comment', data: token.data });
    } else if (token.kind === 'startTag') {
      const name = token.name;
      if (CLOSES_P.has(name)) closeImplied(new Set(['p']), (open) => BUTTON_SCOPE.has(open));
      if (name === 'li') closeImplied(new Set(['li']), (open) => SPECIAL.has(open) && !['address', 'div', 'p'].includes(open));
      if (name === 'dd' || name === 'dt') closeImplied(new Set(['dd', 'dt']), (open) => SPECIAL.has(open) && !['address', 'div', 'p'].includes(open));
      if (HEADINGS.has(name) && HEADINGS.has(current().name)) stack.pop();
      if (name === 'td' || name === 'th') closeImplied(new Set(['td', 'th']), (open) => open === 'tr' || TABLE_SCOPE.has(open) || open === 'tbody' || open === 'thead' || open === 'tfoot');
      if (name === 'tr') closeImplied(new Set(['tr']), (open) => TABLE_SCOPE.has(open) || open === 'tbody' || open === 'thead' || open === 'tfoot');
      if (name === 'tbody' || name === 'thead' || name === 'tfoot') closeImplied(new Set(['tbody', 'thead', 'tfoot']), (open) => TABLE_SCOPE.has(open));
      const element: HtmlElement = { kind: 'element', name, attrs: token.attrs, children: [] };
      current().children.push(element);
      if (!VOID.has(name) && stack.length <= MAX_TREE_DEPTH) stack.push(element);
    } else {
      const name = token.name;
      if (name === 'br') {
        // `</br>` is a line break in every browser.
        current().children.push({ kind: 'element', name: 'br', attrs: new Map(), children: [] });
        continue;
      }
      let barrier: (open: string) => boolean;
      if (name === 'li') barrier = (open) => open === 'ul' || open === 'ol' || BUTTON_SCOPE.has(open);
      else if (['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'table'].includes(name)) barrier = (open) => TABLE_SCOPE.has(open) && open !== name;
      else if (SPECIAL.has(name)) barrier = (open) => BUTTON_SCOPE.has(open) && open !== name;
      else barrier = (open) => SPECIAL.has(open);
      closeImplied(new Set([name]), barrier);
    }
  }
  return root.children;
}

export function isElement(node: HtmlNode | undefined, ...names: string[]): node is HtmlElement {
  return node?.kind === 'element' && (names.length === 0 || names.includes(node.name));
}

export function classList(element: HtmlElement): string[] {
  return (element.attrs.get('class') ?? '').split(/[\t\n\f\r ]+/).filter((name) => name !== '');
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return classList(element).includes(name);
}

/** HTML whitespace only: U+00A0 is content (`<p>&nbsp;</p>` is a deliberate spacer). */
export function isBlank(text: string): boolean {
  return /^[\t\n\f\r ]*$/.test(text);
}

/** First element (depth first, document order) matching `test`. */
export function findElement(nodes: readonly HtmlNode[], test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const node of nodes) {
    if (node.kind !== 'element') continue;
    if (test(node)) return node;
    const inner = findElement(node.children, test);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** Text of a subtree; `<br>` becomes a newline, script and style count for nothing. */
export function textContent(nodes: readonly HtmlNode[], skip?: (element: HtmlElement) => boolean): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'element') {
      if (node.name === 'br') out += '\n';
      else if (node.name !== 'script' && node.name !== 'style' && skip?.(node) !== true) out += textContent(node.children, skip);
    }
  }
  return out;
}
