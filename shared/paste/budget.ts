/**
 * A linear pre-scan that prices a paste before the tree is built. The shared tree builder
 * looks back through the open elements for most tags (implied `</p>`, matching end tags),
 * so its time grows with tags × nesting depth, which it caps at 512: 100,000 nested
 * `<div>`s (1.2 MB) took ~1.8 s. Real clipboard HTML is shallow (Word and Google Docs nest
 * under 30), so a paste whose price is far beyond any real document is refused up front.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const TREE_DEPTH_CAP = 512;

/** Σ over tags of the nesting depth at which each is met (what the tree builder pays, roughly). */
export function treeCost(html: string): number {
  let depth = 0;
  let cost = 0;
  // Comments (Word's conditional VML and XML blocks) hold no elements.
  for (const match of html.matchAll(/<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)/g)) {
    if (match[2] === undefined) continue;
    const name = match[2].toLowerCase();
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (!VOID.has(name)) depth = Math.min(TREE_DEPTH_CAP, depth + 1);
    cost += depth;
  }
  return cost;
}
