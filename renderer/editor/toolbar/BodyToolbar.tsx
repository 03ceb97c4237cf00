import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { linkHrefFromInput } from '../extensions/link.ts';
import { TOOLBAR_GROUPS, type ToolbarItem, type ToolbarPrompt } from './toolbarItems.ts';
import { toolbarState, type ToolbarState } from './toolbarState.ts';
import { UrlPrompt } from './UrlPrompt.tsx';

export interface BodyToolbarProps {
  editor: Editor | null;
  /** The address box open under the toolbar; the body editor opens the link box on Ctrl+K too. */
  prompt: ToolbarPrompt | null;
  onPrompt(prompt: ToolbarPrompt | null): void;
}

/** Finds the button the toolbar last had focus on, for Alt+F10 from the body. */
export const TOOLBAR_CURRENT_SELECTOR = '[data-toolbar-current]';

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * The formatting toolbar above the body, as WAI-ARIA's toolbar pattern has it: one Tab
 * stop (the last button used), arrow keys, Home and End move between buttons, Esc returns
 * to the text, and Alt+F10 in the text comes back here. Mark and block buttons say their
 * state with `aria-pressed`; buttons that cannot act now are `aria-disabled` but stay
 * reachable, so the keyboard path never changes under the reporter's fingers.
 */
export function BodyToolbar({ editor, prompt, onPrompt }: BodyToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => (current === null ? null : toolbarState(current)) });
  const [current, setCurrent] = useState(0);
  const toolbar = useRef<HTMLDivElement>(null);
  if (editor === null || state === null || state === undefined) return null;

  const groups = TOOLBAR_GROUPS.filter((group) => group.when?.(state) ?? true);
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const focused = Math.min(current, count - 1);

  const label = (item: ToolbarItem) => t(`bodyEditor.item.${item.id}`, { ...item.params });
  const close = () => {
    onPrompt(null);
    // The view's own focus is immediate; TipTap's `focus` command waits a frame.
    editor.view.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (!NAVIGATION_KEYS.has(event.key)) return;
    event.preventDefault();
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>('button[data-item]') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  };

  const applyLink = (value: string): string | undefined => {
    const href = linkHrefFromInput(value);
    if (href === undefined) return t('bodyEditor.linkPrompt.unsafe');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text, and typing after it is plain again.
      editor.chain().focus().insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).unsetMark('link').run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onPrompt(null);
    return undefined;
  };

  const applyEmbed = (value: string): string | undefined => {
    if (!editor.chain().focus().insertEmbed(value).run()) return t('bodyEditor.embedPrompt.unsupported');
    onPrompt(null);
    return undefined;
  };

  let index = -1;
  const button = (item: ToolbarItem, toolbarState: ToolbarState) => {
    index++;
    const position = index;
    const disabled = item.disabled?.(toolbarState) === true;
    const name = label(item);
    return (
      <button
        key={`${item.id}${item.params?.level ?? ''}`}
        type="button"
        className={`format-button format-${item.id}`}
        data-item={item.id}
        data-glyph={item.glyph}
        tabIndex={position === focused ? 0 : -1}
        data-toolbar-current={position === focused ? '' : undefined}
        aria-label={name}
        title={item.shortcut === undefined ? name : `${name} (${item.shortcut})`}
        aria-pressed={item.pressed === undefined ? undefined : item.pressed(toolbarState)}
        aria-disabled={disabled ? true : undefined}
        onFocus={() => setCurrent(position)}
        // Keeps the text selection visible while the pointer is on the toolbar; keyboard use is unaffected.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (disabled) return;
          const opened = item.run(editor);
          if (opened !== undefined) onPrompt(opened);
        }}
      >
        {/* The glyph is drawn by CSS from data-glyph: as text it would be a visible label ("B")
            that the accessible name ("Đậm") does not contain, which WCAG 2.5.3 and axe refuse. */}
      </button>
    );
  };

  return (
    <>
      <div ref={toolbar} className="format-toolbar" role="toolbar" aria-label={t('bodyEditor.toolbar')} onKeyDown={onKeyDown}>
        {groups.map((group) => (
          <div key={group.id} className={`format-group format-group-${group.id}`} role="group" aria-label={t(`bodyEditor.group.${group.id}`)}>
            {group.items.map((item) => button(item, state))}
          </div>
        ))}
      </div>
      {prompt === 'link' && (
        <UrlPrompt
          label={t('bodyEditor.linkPrompt.label')}
          hint={t('bodyEditor.linkPrompt.hint')}
          applyLabel={t('bodyEditor.linkPrompt.apply')}
          cancelLabel={t('bodyEditor.prompt.cancel')}
          initial={typeof editor.getAttributes('link').href === 'string' ? String(editor.getAttributes('link').href) : ''}
          remove={
            state.marks.link
              ? {
                  label: t('bodyEditor.linkPrompt.remove'),
                  onRemove: () => {
                    editor.chain().focus().extendMarkRange('link').unsetLink().run();
                    onPrompt(null);
                  },
                }
              : undefined
          }
          onApply={applyLink}
          onCancel={close}
        />
      )}
      {prompt === 'embed' && (
        <UrlPrompt
          label={t('bodyEditor.embedPrompt.label')}
          hint={t('bodyEditor.embedPrompt.hint')}
          applyLabel={t('bodyEditor.embedPrompt.apply')}
          cancelLabel={t('bodyEditor.prompt.cancel')}
          onApply={applyEmbed}
          onCancel={close}
        />
      )}
    </>
  );
}
