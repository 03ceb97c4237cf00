import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../src/mediaUrl.ts';
import { ModalDialog } from '../shortcuts/ModalDialog.tsx';
import { previewDocument, type PreviewArticle } from './previewDocument.ts';
import previewStylesheet from './preview.css?url';
import './previewDialog.css';

export interface PreviewDialogProps {
  /** The fields as they are now in the editor (the working copy, not the last save). */
  article: PreviewArticle;
  onClose(): void;
}

/**
 * The frame's sandbox: no scripts, forms, popups or top navigation; `allow-same-origin`
 * alone, because in a frame with an opaque origin every request carries `Origin: null`
 * and the app:// handler refuses those (serveAppFile: "an opaque "null" one such as a
 * sandboxed frame, gets nothing"), so neither the page's stylesheet nor the photos
 * would load. Same origin without `allow-scripts` cannot lift its own sandbox; measured
 * in Chromium 156 under the app's CSP: scripts and inline handlers stay blocked.
 */
export const PREVIEW_SANDBOX = 'allow-same-origin';

/** The stylesheet as an absolute URL: the frame is built from a string and has nothing to resolve it against but the page. */
function stylesheetUrl(): string {
  return new URL(previewStylesheet, document.baseURI).href;
}

/**
 * "Xem trước": the article as the site will show it, rendered from the same publish
 * HTML that is sent to WordPress, in a sandboxed frame so nothing in the body can
 * run or reach the app. Esc (also from inside the frame) closes it.
 */
export function PreviewDialog({ article, onClose }: PreviewDialogProps) {
  const { t, i18n } = useTranslation();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  const html = useMemo(() => {
    try {
      return previewDocument(article, {
        stylesheetUrl: stylesheetUrl(),
        mediaUrl,
        language: i18n.language,
        documentTitle: t('preview.frameTitle'),
        untitled: t('preview.untitled'),
      });
    } catch {
      return undefined;
    }
  }, [article, i18n.language, t]);

  // A key pressed inside the frame goes to the frame's document, not to the dialog: Esc is forwarded from there.
  const listenInFrame = () => {
    frameRef.current?.contentDocument?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') onCloseRef.current();
    });
  };

  return (
    <ModalDialog heading={t('preview.heading')} closeLabel={t('preview.close')} onClose={onClose} className="preview-dialog" description={t('preview.note')}>
      {html === undefined ? (
        <p className="error-text" role="alert">{t('preview.failed')}</p>
      ) : (
        <iframe
          ref={frameRef}
          className="preview-frame"
          title={t('preview.frameTitle')}
          sandbox={PREVIEW_SANDBOX}
          srcDoc={html}
          referrerPolicy="no-referrer"
          onLoad={listenInFrame}
          data-testid="preview-frame"
        />
      )}
    </ModalDialog>
  );
}
