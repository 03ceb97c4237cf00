import { escapeText } from './entities.ts';
import { parseHtmlFragment, textContent } from './htmlTree.ts';

/**
 * The sapo (lead) as WordPress's `excerpt`. The excerpt is plain text but the site
 * prints it as HTML, and kses rewrites a bare `&` to `&amp;` for users without
 * `unfiltered_html` (reporters): escaping here makes the stored value the same
 * whoever sends it, and a `<` in a lead can never become a tag.
 * Line breaks become spaces: the excerpt is one paragraph.
 */
export function excerptFromSapo(sapo: string): string {
  return escapeText(sapo.normalize('NFC').replace(/[\t\n\f\r ]+/g, ' ').trim());
}

/**
 * The reverse, for `excerpt.raw` (and `title.raw`, which kses encodes the same way):
 * tags dropped, references decoded, whitespace folded, NFC.
 */
export function sapoFromExcerpt(raw: string): string {
  return textContent(parseHtmlFragment(raw)).normalize('NFC').replace(/[\t\n\f\r ]+/g, ' ').trim();
}
