import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { createI18n } from '../../../shared/i18n/index.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

export type EditContext = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'dictionarySuggestions'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

/** At most this many spelling suggestions, as browsers do. */
const MAX_SUGGESTIONS = 5;

/**
 * Electron shows no right-click menu of its own, so without this the spell
 * checker's suggestions (webPreferences.spellcheck) could never be reached and
 * there would be no mouse-only way to paste. Empty means "show nothing".
 */
export function buildContextMenuTemplate(
  params: EditContext,
  language: Language,
  replaceMisspelling: (word: string) => void,
): MenuItemConstructorOptions[] {
  const t = createI18n(language).t;
  const suggestions: MenuItemConstructorOptions[] = params.isEditable
    ? params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS).map((word) => ({
        label: word,
        click: () => replaceMisspelling(word),
      }))
    : [];
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', label: t('menu.cut'), enabled: params.editFlags.canCut },
        { role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy },
        { role: 'paste', label: t('menu.paste'), enabled: params.editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', label: t('menu.selectAll'), enabled: params.editFlags.canSelectAll },
      ]
    : params.selectionText.trim() !== ''
      ? [{ role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy }]
      : [];
  if (suggestions.length === 0) return editing;
  return editing.length === 0 ? suggestions : [...suggestions, { type: 'separator' }, ...editing];
}
