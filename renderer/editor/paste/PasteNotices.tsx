import type { Editor } from '@tiptap/react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LegacyEncodingNotice, pasteNoticesOf } from './LegacyEncodingNotice.tsx';
import type { PasteMessage } from './PasteNoticeStore.ts';

/** Characters of clipboard HTML or text, shown as megabytes with one decimal. */
function megabytes(size: number, language: string): string {
  return (Math.ceil(size / 100_000) / 10).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');
}

function messageText(t: TFunction, language: string, message: PasteMessage): string {
  switch (message.kind) {
    case 'legacyConverted':
      return t('paste.legacyConverted', { encoding: t(`paste.encoding.${message.encoding}`) });
    case 'imagesUnavailable':
      return t('paste.imagesUnavailable', { count: message.count });
    case 'tableCut':
      return t('paste.tableCut', { kept: message.kept, total: message.total });
    case 'asText':
      return t(`paste.asText.${message.reason}`, { size: megabytes(message.size, language) });
    case 'refused':
      return t(`paste.refused.${message.reason}`, { size: megabytes(message.size, language) });
  }
  return '';
}

/**
 * Everything the last paste has to say, above the body: the TCVN3/VNI offer and the
 * messages (converted, photos not pasted, table cut, plain text used, refused).
 * Mount once next to the editor: `<PasteNotices editor={editor} />`.
 */
export function PasteNotices({ editor }: { editor: Editor | null }) {
  const { t, i18n } = useTranslation();
  const notices = pasteNoticesOf(editor);
  const { offer, messages } = useSyncExternalStore(notices.subscribe, notices.getSnapshot);
  if (offer === null && messages.length === 0) return null;
  return (
    <div className="paste-notices" role="region" aria-label={t('paste.region')}>
      <LegacyEncodingNotice editor={editor} />
      {messages.map((message) => (
        <p key={message.kind} className={message.kind === 'refused' ? 'notice notice-error paste-notice' : 'notice paste-notice'} role={message.kind === 'refused' ? 'alert' : 'status'}>
          {messageText(t, i18n.language, message)}{' '}
          <button type="button" className="button-quiet" onClick={() => notices.dismiss(message)}>
            {t('paste.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
