import { isBlank, type HtmlElement, type HtmlNode } from '../publish/htmlTree.ts';
import { BlockSink } from './BlockSink.ts';
import type { Block } from './model.ts';
import type { ReadContext, ReadEnv, Reader } from './readBlocks.ts';
import { parseStyle } from './styles.ts';

/**
 * Word (unless told to write real HTML lists) pastes a list as paragraphs styled
 * `mso-list:l0 level2 lfo1`, each starting with its bullet or number drawn as text in a
 * `<span style="mso-list:Ignore">`. Consecutive such paragraphs of one list become a real
 * nested list; the marker only says whether it was numbered.
 */

const MSO_LIST = /\bl(\d+)\s+level(\d+)/i;
/** "1." "a)" "(iv)" "10." are numbers; "·" "o" "§" "-" "" are bullets. */
const NUMBERED = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]/i;

interface WordListInfo {
  list: string;
  level: number;
}

function wordListInfo(node: HtmlNode | undefined): WordListInfo | null {
  if (node?.kind !== 'element' || node.name !== 'p') return null;
  const match = MSO_LIST.exec(parseStyle(node.attrs.get('style')).get('mso-list') ?? '');
  return match === null ? null : { list: match[1] ?? '', level: Number(match[2]) };
}

export function isWordListParagraph(node: HtmlNode): boolean {
  return wordListInfo(node) !== null;
}

function isMarker(node: HtmlNode): boolean {
  return node.kind === 'element' && /^ignore$/i.test(parseStyle(node.attrs.get('style')).get('mso-list') ?? '');
}

/** The marker's text ("1.", "·"), and the paragraph's content without it. */
function splitMarker(nodes: readonly HtmlNode[]): { marker: string | undefined; content: HtmlNode[] } {
  let marker: string | undefined;
  const strip = (list: readonly HtmlNode[]): HtmlNode[] =>
    list.flatMap((node): HtmlNode[] => {
      if (node.kind !== 'element') return [node];
      if (isMarker(node)) {
        marker ??= textOf(node.children);
        return [];
      }
      return [{ ...node, children: strip(node.children) }];
    });
  const content = strip(nodes);
  return { marker, content };
}

function textOf(nodes: readonly HtmlNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : node.kind === 'element' ? textOf(node.children) : '')).join('').replace(/[\s\u00a0]+/g, '');
}

interface Item {
  level: number;
  ordered: boolean;
  start: number | null;
  blocks: Block[];
}

type ListBlock = Extract<Block, { kind: 'list' }>;

/** Items by level into nested lists: a deeper item opens a list inside the item before it. */
function nest(items: readonly Item[]): ListBlock | undefined {
  const first = items[0];
  if (first === undefined) return undefined;
  const root: ListBlock = { kind: 'list', ordered: first.ordered, start: first.start, items: [] };
  const stack: { level: number; list: ListBlock }[] = [{ level: first.level, list: root }];
  for (const item of items) {
    let top = stack[stack.length - 1] ?? { level: first.level, list: root };
    while (stack.length > 1 && item.level < top.level) {
      stack.pop();
      top = stack[stack.length - 1] ?? top;
    }
    if (item.level > top.level) {
      const list: ListBlock = { kind: 'list', ordered: item.ordered, start: item.start, items: [] };
      const parent = top.list.items[top.list.items.length - 1];
      if (parent === undefined) top.list.items.push([list]);
      else parent.push(list);
      top = { level: item.level, list };
      stack.push(top);
    }
    top.list.items.push(item.blocks);
  }
  return root;
}

/**
 * Reads the run of Word list paragraphs starting at `nodes[start]` into `sink`; returns how
 * many nodes it consumed. Whitespace and comments between the paragraphs do not end the run;
 * a paragraph of another list (`l1` after `l0`) starts a new list.
 */
export function readWordList(nodes: readonly HtmlNode[], start: number, context: ReadContext, sink: BlockSink, env: ReadEnv, reader: Reader): number {
  const items: Item[] = [];
  const list = wordListInfo(nodes[start])?.list;
  let end = start;
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined) break;
    if (node.kind === 'comment' || (node.kind === 'text' && isBlank(node.text))) continue;
    const info = wordListInfo(node);
    if (info === null || info.list !== list || node.kind !== 'element') break;
    end = i + 1;
    items.push(readItem(node, info.level, context, env, reader));
  }
  const nested = nest(items.filter((item) => item.blocks.length > 0));
  if (nested !== undefined) sink.block(nested);
  return end - start;
}

function readItem(paragraph: HtmlElement, level: number, context: ReadContext, env: ReadEnv, reader: Reader): Item {
  const { marker = '', content } = splitMarker(paragraph.children);
  const numbered = NUMBERED.exec(marker);
  const number = Number.parseInt(numbered?.[1] ?? '', 10);
  const within = reader.contextWithin(paragraph, context, env);
  const item = new BlockSink();
  if (within !== null) reader.readNodes(content, { ...within.inner, nesting: context.nesting + 1 }, item, env);
  return { level, ordered: numbered !== null, start: Number.isInteger(number) && number > 1 ? number : null, blocks: item.finish() };
}
