/**
 * The newsroom document schema as plain data (`nodes.ts`, `marks.ts`): what the editor's
 * extensions build, what main validates stored bodies against, what `shared/publish`
 * renders. Pure: no DOM, no Node, no ProseMirror.
 */
export type { AttrRule, AttrSpec, AttrSpecs, AttrValue, MarkSpecData, NodeSpecData } from './spec.ts';
export { FACT_BOX_CONTENT, FIGURE_ATTRS, NODE_NAMES, NODE_SPECS } from './nodes.ts';
export type { NodeName } from './nodes.ts';
export { MARK_NAMES, MARK_SPECS } from './marks.ts';
export type { MarkName } from './marks.ts';
export { allowsMark, contentMatches, markSpec, nodeSpec } from './schemaIndex.ts';
export { MAX_DOC_DEPTH, acceptsValue, validateBody } from './validateBody.ts';
export type { BodyIssue } from './validateBody.ts';
export { upgradeBody } from './upgradeBody.ts';
export {
  EMBED_PROVIDERS, EMBED_SCHEMES, HEADING_LEVELS, LINK_SCHEMES, MEDIA_HASH_PATTERN, TEXT_ALIGNS,
  clampHeadingLevel, detectEmbedProvider, embedUrlFromIframe, hasScheme, isEmbedProvider, isHeadingLevel, isHttpUrl, isTextAlign, safeHref,
} from './values.ts';
export type { EmbedProvider, HeadingLevel, TextAlign } from './values.ts';
