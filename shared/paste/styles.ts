import { classList, type HtmlElement, type HtmlNode } from '../publish/htmlTree.ts';
import type { LegacyFont, MarkSet } from './model.ts';

/**
 * Reading the little that matters from inline styles: emphasis (Google Docs writes bold as
 * `font-weight:700` on spans, and wraps everything in `<b style="font-weight:normal">`),
 * hidden content, and the font family, which tells TCVN3 and VNI text apart for certain.
 * Everything else in a style (fonts, sizes, colours, margins) is dropped.
 */
export type Style = ReadonlyMap<string, string>;

const EMPTY_STYLE: Style = new Map();

/** `a:b; c:d` → property (lower case) → value (trimmed, case kept: ".VnTimeH" differs from ".VnTime"). */
export function parseStyle(attr: string | undefined): Style {
  if (attr === undefined || attr.trim() === '') return EMPTY_STYLE;
  const style = new Map<string, string>();
  for (const declaration of attr.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!important/i, '').trim();
    if (name !== '' && value !== '') style.set(name, value);
  }
  return style;
}

/** Content the source did not show: tracking text, Word's hidden text, collapsed menus. */
export function isHidden(element: HtmlElement, style: Style): boolean {
  if (element.attrs.has('hidden')) return true;
  const display = style.get('display')?.toLowerCase();
  const visibility = style.get('visibility')?.toLowerCase();
  return display === 'none' || visibility === 'hidden' || style.get('mso-hide')?.toLowerCase() === 'all';
}

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'dfn', 'var']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);
const STRIKE_TAGS = new Set(['s', 'strike', 'del']);

/** The marks inside `element`: its tag first, then its style, which wins (`<b style="font-weight:normal">`). */
export function marksWithin(element: HtmlElement, style: Style, outer: MarkSet): MarkSet {
  const marks: MarkSet = { ...outer };
  const name = element.name;
  if (BOLD_TAGS.has(name)) marks.bold = true;
  if (ITALIC_TAGS.has(name)) marks.italic = true;
  if (UNDERLINE_TAGS.has(name)) marks.underline = true;
  if (STRIKE_TAGS.has(name)) marks.strike = true;
  if (name === 'sub' || name === 'sup') marks.script = name;

  const weight = style.get('font-weight')?.toLowerCase();
  if (weight !== undefined) {
    if (/^(bold|bolder|[6-9]00)$/.test(weight)) marks.bold = true;
    else if (/^(normal|lighter|[1-5]00)$/.test(weight)) marks.bold = false;
  }
  const fontStyle = style.get('font-style')?.toLowerCase();
  if (fontStyle !== undefined) marks.italic = /^(italic|oblique)/.test(fontStyle);
  const decoration = (style.get('text-decoration-line') ?? style.get('text-decoration'))?.toLowerCase();
  if (decoration !== undefined) {
    // Links are drawn underlined by the site; an underline styled on link text is that drawing, not emphasis.
    if (decoration.includes('underline') && outer.href === null) marks.underline = true;
    if (decoration.includes('line-through')) marks.strike = true;
    if (/^none\b/.test(decoration)) {
      marks.underline = false;
      marks.strike = false;
    }
  }
  const align = style.get('vertical-align')?.toLowerCase();
  if (align === 'super' || align === 'sup') marks.script = 'sup';
  else if (align === 'sub') marks.script = 'sub';
  else if (align === 'baseline') marks.script = null;
  return marks;
}

/** ".VnTime", ".VnArialH" (TCVN3, capitals when the name ends in H), "VNI-Times" (VNI). */
export function legacyFontOf(family: string | undefined): LegacyFont | null | undefined {
  if (family === undefined) return undefined;
  // Word escapes the dot in its own style sheet: font-family:"\.VnTime".
  const first = (family.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '').replace(/\\(.)/g, '$1').trim();
  if (first === '') return undefined;
  if (/^\.vn/i.test(first)) return first.endsWith('H') ? 'tcvn3Capitals' : 'tcvn3';
  if (/^vni[-\s]/i.test(first)) return 'vni';
  // Any other named font resets what a parent said: Word nests "Times New Roman" inside ".VnTime" paragraphs.
  return null;
}

/**
 * Font families declared in `<style>` by selector, the way Word writes its paragraph
 * styles (`p.MsoNormal, li.MsoNormal {font-family:".VnTime"}`): `tag`, `.class`, `tag.class`.
 */
export type Stylesheet = ReadonlyMap<string, LegacyFont | null>;

export function readStylesheet(nodes: readonly HtmlNode[]): Stylesheet {
  const sheet = new Map<string, LegacyFont | null>();
  const visit = (list: readonly HtmlNode[]) => {
    for (const node of list) {
      if (node.kind !== 'element') continue;
      if (node.name !== 'style') {
        visit(node.children);
        continue;
      }
      const css = node.children
        .map((child) => (child.kind === 'text' ? child.text : ''))
        .join('')
        .replace(/\/\*[\s\S]*?\*\/|<!--|-->/g, ' ');
      for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        if (selectors.trim().startsWith('@')) continue;
        const font = legacyFontOf(parseStyle(body).get('font-family'));
        if (font === undefined) continue;
        for (const selector of selectors.split(',')) {
          const key = selector.trim().toLowerCase();
          if (/^[a-z0-9]*(\.[\w-]+)?$/.test(key) && key !== '') sheet.set(key, font);
        }
      }
    }
  };
  visit(nodes);
  return sheet;
}

/** The legacy font `element` sets, from its style, its `<font face>`, or a stylesheet rule; undefined when it says nothing. */
export function legacyFontWithin(element: HtmlElement, style: Style, sheet: Stylesheet): LegacyFont | null | undefined {
  const inline = legacyFontOf(style.get('font-family')) ?? legacyFontOf(element.attrs.get('face'));
  if (inline !== undefined || sheet.size === 0) return inline;
  for (const name of classList(element)) {
    const byClass = sheet.get(`${element.name}.${name.toLowerCase()}`) ?? sheet.get(`.${name.toLowerCase()}`);
    if (byClass !== undefined) return byClass;
  }
  return sheet.get(element.name);
}
