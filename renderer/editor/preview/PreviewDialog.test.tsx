import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import { createRendererI18n } from '../../src/i18n.ts';
import { PREVIEW_SANDBOX, PreviewDialog } from './PreviewDialog.tsx';
import type { PreviewArticle } from './previewDocument.ts';

const ARTICLE: PreviewArticle = { title: 'Hội nghị giao ban', sapo: '(QTO) - Sáng nay…', body: docFromPlainText('Đoạn một.\n\nĐoạn hai.'), byline: 'Minh Anh' };

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Xem trước</button>
      {open && <PreviewDialog article={ARTICLE} onClose={() => setOpen(false)} />}
    </>
  );
}

function setup() {
  render(
    <I18nextProvider i18n={createRendererI18n('vi')}>
      <Page />
    </I18nextProvider>,
  );
  const opener = screen.getByRole('button', { name: 'Xem trước' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole('dialog', { name: 'Xem trước bài viết' }) };
}

describe('PreviewDialog', () => {
  it('shows the article in a titled, sandboxed frame that may run no script', () => {
    const { dialog } = setup();
    const frame = within(dialog).getByTitle('Bài viết như trên trang báo') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe(PREVIEW_SANDBOX);
    expect(PREVIEW_SANDBOX.split(' ')).not.toContain('allow-scripts');
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('<h1 class="preview-title">Hội nghị giao ban</h1>');
    expect(html).toContain('<p>Đoạn hai.</p>');
    // By absolute URL: the frame has only the page to resolve against. (Vitest stubs the CSS
    // file's URL; that the built asset loads under the CSP is checked in tests/e2e/accessibility.e2e.ts.)
    expect(html).toMatch(/<link rel="stylesheet" href="http:\/\/[^"]+">/);
  });

  it('is described, closes on Esc and returns the focus to "Xem trước"', () => {
    const { dialog, opener } = setup();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/như khi lên trang/);
    const close = within(dialog).getByRole('button', { name: 'Đóng xem trước' });
    expect(document.activeElement).toBe(close);
    // Tab from the last stop (the frame) comes back to the close button.
    const frame = within(dialog).getByTitle('Bài viết như trên trang báo');
    frame.focus();
    fireEvent.keyDown(frame, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
