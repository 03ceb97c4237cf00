import type { Editor } from '@tiptap/react';
import { HEADING_LEVELS } from '../../../shared/schema/index.ts';
import type { ToolbarState } from './toolbarState.ts';

/** A prompt the toolbar opens instead of running a command at once. */
export type ToolbarPrompt = 'link' | 'embed';

export interface ToolbarItem {
  /** Stable: `data-item` in the DOM, the key of its label under `bodyEditor.item`. */
  id: string;
  /** Interpolation for the label (a heading's level). */
  params?: Readonly<Record<string, number>>;
  /** Shown on the button; the accessible name is the translated label. */
  glyph: string;
  /** Shown in the tooltip, as the editor binds it. */
  shortcut?: string;
  /** Toggle buttons: `aria-pressed` follows this. */
  pressed?: (state: ToolbarState) => boolean;
  /** Still focusable, `aria-disabled` (a toolbar keeps its items in the tab sequence). */
  disabled?: (state: ToolbarState) => boolean;
  run: (editor: Editor) => ToolbarPrompt | void;
}

export interface ToolbarGroup {
  /** Its label is `bodyEditor.group.<id>`. */
  id: string;
  items: readonly ToolbarItem[];
  /** Shown only while this holds (table editing, inside a table). */
  when?: (state: ToolbarState) => boolean;
}

const chain = (editor: Editor) => editor.chain().focus();

/**
 * The body toolbar, in order. Labels avoid the words of the article's field labels
 * ("Tiêu đề", "Nội dung", …): Playwright's `getByLabel` matches substrings, so a button
 * called "Tiêu đề 2" would make `getByLabel('Tiêu đề')` ambiguous. Headings are "Đề mục".
 */
export const TOOLBAR_GROUPS: readonly ToolbarGroup[] = [
  {
    id: 'text',
    items: [
      { id: 'bold', glyph: 'B', shortcut: 'Ctrl+B', pressed: (s) => s.marks.bold, run: (e) => void chain(e).toggleBold().run() },
      { id: 'italic', glyph: 'I', shortcut: 'Ctrl+I', pressed: (s) => s.marks.italic, run: (e) => void chain(e).toggleItalic().run() },
      { id: 'underline', glyph: 'U', shortcut: 'Ctrl+U', pressed: (s) => s.marks.underline, run: (e) => void chain(e).toggleUnderline().run() },
      { id: 'strike', glyph: 'S', shortcut: 'Ctrl+Shift+S', pressed: (s) => s.marks.strike, run: (e) => void chain(e).toggleStrike().run() },
      { id: 'subscript', glyph: 'x₂', shortcut: 'Ctrl+,', pressed: (s) => s.marks.subscript, run: (e) => void chain(e).toggleSubscript().run() },
      { id: 'superscript', glyph: 'x²', shortcut: 'Ctrl+.', pressed: (s) => s.marks.superscript, run: (e) => void chain(e).toggleSuperscript().run() },
    ],
  },
  {
    id: 'blocks',
    items: [
      ...HEADING_LEVELS.map(
        (level): ToolbarItem => ({
          id: 'heading',
          params: { level },
          glyph: `H${level}`,
          shortcut: `Ctrl+Alt+${level}`,
          pressed: (s) => s.heading === level,
          run: (e) => void chain(e).toggleHeading({ level }).run(),
        }),
      ),
      { id: 'bulletList', glyph: '•', shortcut: 'Ctrl+Shift+8', pressed: (s) => s.bulletList, run: (e) => void chain(e).toggleBulletList().run() },
      { id: 'orderedList', glyph: '1.', shortcut: 'Ctrl+Shift+7', pressed: (s) => s.orderedList, run: (e) => void chain(e).toggleOrderedList().run() },
      { id: 'blockquote', glyph: '“”', shortcut: 'Ctrl+Shift+B', pressed: (s) => s.blockquote, run: (e) => void chain(e).toggleBlockquote().run() },
      { id: 'pullQuote', glyph: '❝', pressed: (s) => s.pullQuote, run: (e) => void chain(e).togglePullQuote().run() },
      { id: 'factBox', glyph: '▤', pressed: (s) => s.factBox, run: (e) => void chain(e).toggleFactBox().run() },
    ],
  },
  {
    id: 'insert',
    items: [
      { id: 'link', glyph: '↗', shortcut: 'Ctrl+K', pressed: (s) => s.marks.link, run: () => 'link' },
      { id: 'editorNote', glyph: '✎', shortcut: 'Ctrl+Alt+M', pressed: (s) => s.marks.editorNote, run: (e) => void chain(e).toggleEditorNote().run() },
      { id: 'table', glyph: '⊞', disabled: (s) => s.table, run: (e) => void chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
      { id: 'embed', glyph: '▶', run: () => 'embed' },
      { id: 'horizontalRule', glyph: '―', run: (e) => void chain(e).setHorizontalRule().run() },
    ],
  },
  {
    id: 'align',
    items: [
      { id: 'alignLeft', glyph: '⇤', shortcut: 'Ctrl+Shift+L', pressed: (s) => s.align === 'left', run: (e) => void chain(e).unsetTextAlign().run() },
      { id: 'alignCenter', glyph: '↔', shortcut: 'Ctrl+Shift+E', pressed: (s) => s.align === 'center', run: (e) => void chain(e).setTextAlign('center').run() },
      { id: 'alignRight', glyph: '⇥', shortcut: 'Ctrl+Shift+R', pressed: (s) => s.align === 'right', run: (e) => void chain(e).setTextAlign('right').run() },
    ],
  },
  {
    id: 'history',
    items: [
      { id: 'undo', glyph: '↶', shortcut: 'Ctrl+Z', disabled: (s) => !s.canUndo, run: (e) => void chain(e).undo().run() },
      { id: 'redo', glyph: '↷', shortcut: 'Ctrl+Y', disabled: (s) => !s.canRedo, run: (e) => void chain(e).redo().run() },
    ],
  },
  {
    id: 'table',
    when: (s) => s.table,
    items: [
      { id: 'addRow', glyph: '+─', run: (e) => void chain(e).addRowAfter().run() },
      { id: 'addColumn', glyph: '+│', run: (e) => void chain(e).addColumnAfter().run() },
      { id: 'deleteRow', glyph: '−─', run: (e) => void chain(e).deleteRow().run() },
      { id: 'deleteColumn', glyph: '−│', run: (e) => void chain(e).deleteColumn().run() },
      { id: 'deleteTable', glyph: '✕', run: (e) => void chain(e).deleteTable().run() },
    ],
  },
];
