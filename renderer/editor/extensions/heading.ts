import { mergeAttributes, Node, textblockTypeInputRule } from '@tiptap/react';
import { HEADING_LEVELS, NODE_SPECS, clampHeadingLevel, isHeadingLevel } from '../../../shared/schema/index.ts';
import type { HeadingLevel } from '../../../shared/schema/index.ts';

export interface HeadingOptions {
  /** Read by the shortcut help (`shortcuts/editorShortcuts.ts`), as TipTap's heading exposes it. */
  levels: readonly HeadingLevel[];
  HTMLAttributes: Record<string, unknown>;
}

/** `## ` starts an H2 (and `# ` too, the habit from Markdown, since H1 is the title), `### ` an H3, `#### ` an H4. */
export const HEADING_INPUT_RULES: Readonly<Record<HeadingLevel, RegExp>> = { 2: /^#{1,2}\s$/, 3: /^#{3}\s$/, 4: /^#{4}\s$/ };

/**
 * Section headings of the body, H2–H4 only: the article's H1 is its title. Replaces
 * StarterKit's heading (disabled there) so that pasted H1s become H2s and H5/H6 become
 * H4s instead of plain paragraphs, and the stored level is never one the validator refuses.
 * The commands keep TipTap's names (`setHeading`, `toggleHeading`) and refuse other levels.
 */
export const Heading = Node.create<HeadingOptions>({
  name: 'heading',
  group: NODE_SPECS.heading.group,
  content: NODE_SPECS.heading.content,
  defining: true,

  addOptions() {
    return { levels: HEADING_LEVELS, HTMLAttributes: {} };
  },

  addAttributes() {
    return { level: { default: NODE_SPECS.heading.attrs.level.default, rendered: false } };
  },

  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level: clampHeadingLevel(level) } }));
  },

  renderHTML({ node, HTMLAttributes }) {
    const level = isHeadingLevel(node.attrs.level) ? node.attrs.level : clampHeadingLevel(node.attrs.level);
    return [`h${level}`, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setHeading:
        (attributes) =>
        ({ commands }) =>
          isHeadingLevel(attributes.level) && commands.setNode(this.name, attributes),
      toggleHeading:
        (attributes) =>
        ({ commands }) =>
          isHeadingLevel(attributes.level) && commands.toggleNode(this.name, 'paragraph', attributes),
    };
  },

  addKeyboardShortcuts() {
    return Object.fromEntries(this.options.levels.map((level) => [`Mod-Alt-${level}`, () => this.editor.commands.toggleHeading({ level })]));
  },

  addInputRules() {
    return this.options.levels.map((level) => textblockTypeInputRule({ find: HEADING_INPUT_RULES[level], type: this.type, getAttributes: { level } }));
  },
});
