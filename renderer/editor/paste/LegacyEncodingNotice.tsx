import type { Editor } from '@tiptap/react';
import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PasteNoticeStore } from './PasteNoticeStore.ts';

/** For an editor without the extension (or not built yet): nothing to show. */
const NO_NOTICES = new PasteNoticeStore();

export function pasteNoticesOf(editor: Editor | null): PasteNoticeStore {
  // Optional at run time: the storage exists only when PasteHygiene is among the extensions.
  const storage = editor?.storage as { pasteHygiene?: { notices: PasteNoticeStore } } | undefined;
  return storage?.pasteHygiene?.notices ?? NO_NOTICES;
}

/**
 * The offer made when pasted text looks like TCVN3 or VNI but detection is not sure:
 * "Chuyển sang Unicode" replaces what was just pasted with its conversion (one undo step),
 * "Giữ nguyên" leaves it. Typing anything else withdraws the offer.
 */
export function LegacyEncodingNotice({ editor }: { editor: Editor | null }) {
  const { t } = useTranslation();
  const id = useId();
  const notices = pasteNoticesOf(editor);
  const { offer } = useSyncExternalStore(notices.subscribe, notices.getSnapshot);
  if (offer === null) return null;
  return (
    <div className="notice paste-legacy" role="group" aria-labelledby={id}>
      <p id={id} role="status">
        {t('paste.legacyOffer', { encoding: t(`paste.encoding.${offer.encoding}`) })}
      </p>
      <button type="button" onClick={notices.convert}>
        {t('paste.convert')}
      </button>{' '}
      <button type="button" className="button-quiet" onClick={notices.keep}>
        {t('paste.keep')}
      </button>
    </div>
  );
}
