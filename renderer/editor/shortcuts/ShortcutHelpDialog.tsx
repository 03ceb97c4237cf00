import type { Editor } from '@tiptap/react';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_ORDER, editorShortcuts, isApplePlatform, type ShortcutKey } from './editorShortcuts.ts';
import { ModalDialog } from './ModalDialog.tsx';
import './shortcutHelp.css';

export interface ShortcutHelpDialogProps {
  /** The body editor, whose extensions decide which shortcuts exist; null lists only the view's own. */
  editor: Editor | null;
  onClose(): void;
}

const APPLE_SYMBOLS: Partial<Record<ShortcutKey, string>> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Enter: '↩', Tab: '⇥' };

/** The list of keyboard shortcuts ("Phím tắt"), grouped, for the keys this editor has. Opened by Ctrl+/ or F1. */
export function ShortcutHelpDialog({ editor, onClose }: ShortcutHelpDialogProps) {
  const { t } = useTranslation();
  const apple = isApplePlatform();
  const shortcuts = useMemo(() => editorShortcuts(editor), [editor]);

  const keyLabel = (key: ShortcutKey): string => {
    if (apple && APPLE_SYMBOLS[key] !== undefined) return APPLE_SYMBOLS[key];
    switch (key) {
      case 'Mod':
        return t('shortcuts.key.ctrl');
      case 'Shift':
        return t('shortcuts.key.shift');
      case 'Alt':
        return t('shortcuts.key.alt');
      case 'Enter':
        return t('shortcuts.key.enter');
      case 'Tab':
        return t('shortcuts.key.tab');
      default:
        return key;
    }
  };

  return (
    <ModalDialog heading={t('shortcuts.heading')} closeLabel={t('shortcuts.close')} onClose={onClose} className="shortcut-help">
      {GROUP_ORDER.map((group) => {
        const rows = shortcuts.filter((shortcut) => shortcut.group === group);
        if (rows.length === 0) return null;
        return (
          <table key={group} className="shortcut-table">
            <caption>{t(`shortcuts.groups.${group}`)}</caption>
            <tbody>
              {rows.map((shortcut) => (
                <tr key={`${shortcut.id}${shortcut.params?.level ?? ''}`}>
                  <th scope="row">{t(`shortcuts.item.${shortcut.id}`, { ...shortcut.params })}</th>
                  <td>
                    {((apple ? shortcut.appleKeys : undefined) ?? shortcut.keys).map((combo, index) => (
                      <Fragment key={combo.join('+')}>
                        {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        <kbd className="shortcut-combo">
                          {combo.map((key, at) => (
                            <Fragment key={key}>
                              {at > 0 && !apple && '+'}
                              <kbd>{keyLabel(key)}</kbd>
                            </Fragment>
                          ))}
                        </kbd>
                      </Fragment>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </ModalDialog>
  );
}
