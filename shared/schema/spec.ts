/**
 * The shape of the newsroom schema as plain data, in ProseMirror's own vocabulary
 * (`content` expressions, `group`, `marks`, attribute defaults), so the same
 * description serves the editor's TipTap extensions, the main process's validator and
 * the tests that keep the two in step. No functions: main and the CLI read it as is.
 */

/** A value ProseMirror JSON may hold in `attrs`. */
export type AttrValue = string | number | boolean | null;

/** Which values an attribute accepts. */
export type AttrRule =
  /** Exactly one of these values. */
  | { readonly oneOf: readonly AttrValue[] }
  /** Any string (stored NFC); `null` too when nullable. */
  | { readonly kind: 'text'; readonly nullable?: boolean }
  /** A string matching `pattern` (a RegExp source). */
  | { readonly kind: 'pattern'; readonly pattern: string; readonly nullable?: boolean }
  /** An integer within the bounds. */
  | { readonly kind: 'integer'; readonly nullable?: boolean; readonly min?: number; readonly max?: number }
  /** An absolute URL with one of these schemes (`values.ts`, `hasScheme`). */
  | { readonly kind: 'url'; readonly schemes: readonly string[]; readonly nullable?: boolean };

export interface AttrSpec {
  /** What the editor fills in when the attribute is absent from the JSON. */
  readonly default: AttrValue;
  readonly accepts: AttrRule;
}

export type AttrSpecs = Readonly<Record<string, AttrSpec>>;

export interface NodeSpecData {
  /** ProseMirror content expression; absent for leaves. */
  readonly content?: string;
  /** Space-separated groups, e.g. `block list`. */
  readonly group?: string;
  /** Marks allowed on the content: absent = all (for inline content), `''` = none. */
  readonly marks?: string;
  readonly inline?: boolean;
  /** Edited as one unit (a photo, an embed): no editable content inside. */
  readonly atom?: boolean;
  readonly attrs?: AttrSpecs;
}

export interface MarkSpecData {
  readonly attrs?: AttrSpecs;
  /** Marks this one cannot coexist with in the editor: `_` is all of them. */
  readonly excludes?: string;
  /** False for a mark whose text is never published unless asked (the editor's note). */
  readonly published: boolean;
}
