import { fireEvent, render, screen, within } from '@testing-library/react';
import { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/languages.ts';
import { createRendererI18n } from '../../src/i18n.ts';
import { FindReplace } from '../findReplace/findReplace.ts';
import { ShortcutHelpDialog } from './ShortcutHelpDialog.tsx';
import { useEditorShortcuts } from './useEditorShortcuts.ts';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function newsroomEditor(): Editor {
  const editor = new Editor({ extensions: [StarterKit.configure({ heading: { levels: [2, 3, 4] } }), FindReplace], injectCSS: false });
  editors.push(editor);
  return editor;
}

/** A page with the help behind a button and Ctrl+/, as the editor view has it. */
function Page({ editor }: { editor: Editor | null }) {
  const [open, setOpen] = useState(false);
  useEditorShortcuts({ onHelp: () => setOpen(true) }, !open);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Phím tắt</button>
      <input aria-label="Tiêu đề" />
      {open && <ShortcutHelpDialog editor={editor} onClose={() => setOpen(false)} />}
    </>
  );
}

function setup(editor: Editor | null, language: Language = 'vi') {
  render(
    <I18nextProvider i18n={createRendererI18n(language)}>
      <Page editor={editor} />
    </I18nextProvider>,
  );
}

const rowsOf = (dialog: HTMLElement) => within(dialog).getAllByRole('row').map((row) => row.textContent ?? '');

describe('ShortcutHelpDialog', () => {
  it('is a labelled modal listing the editor’s shortcuts, grouped', () => {
    setup(newsroomEditor());
    fireEvent.click(screen.getByRole('button', { name: 'Phím tắt' }));
    const dialog = screen.getByRole('dialog', { name: 'Phím tắt khi soạn bài' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(within(dialog).getAllByRole('table').map((table) => table.querySelector('caption')?.textContent)).toEqual([
      'Định dạng chữ', 'Đoạn và danh sách', 'Soạn thảo', 'Công cụ',
    ]);
    const rows = rowsOf(dialog);
    expect(rows).toContain('In đậmCtrl+B');
    expect(rows).toContain('Gạch chânCtrl+U');
    expect(rows).toContain('Tiêu đề mục cấp 2Ctrl+Alt+2');
    expect(rows).toContain('Tiêu đề mục cấp 4Ctrl+Alt+4');
    expect(rows.some((row) => row.startsWith('Tiêu đề mục cấp 1'))).toBe(false);
    expect(rows).toContain('Làm lạiCtrl+Shift+Z hoặc Ctrl+Y');
    expect(rows).toContain('Tìm và thay thếCtrl+H');
    expect(rows).toContain('Lưu phiên bảnCtrl+S');
    expect(rows).toContain('Mở bảng phím tắt nàyCtrl+/ hoặc F1');
    // Not in this editor: no subscript extension, no alignment.
    expect(rows.some((row) => row.startsWith('Chỉ số dưới') || row.startsWith('Căn giữa'))).toBe(false);
  });

  it('opens on Ctrl+/ and F1, traps Tab inside, closes on Esc and gives the focus back', () => {
    setup(newsroomEditor());
    const title = screen.getByRole('textbox', { name: 'Tiêu đề' });
    title.focus();
    fireEvent.keyDown(title, { key: '/', code: 'Slash', ctrlKey: true });
    const dialog = screen.getByRole('dialog');
    const close = within(dialog).getByRole('button', { name: 'Đóng bảng phím tắt' });
    expect(document.activeElement).toBe(close);
    // The page behind cannot be reached while the dialog is open.
    expect(title.closest('[inert]')).not.toBeNull();
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);

    fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(title);
    expect(title.closest('[inert]')).toBeNull();

    fireEvent.keyDown(title, { key: 'F1' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đóng bảng phím tắt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks English, and lists only the view’s own keys without an editor', () => {
    setup(null, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Phím tắt' }));
    const dialog = screen.getByRole('dialog', { name: 'Editor keyboard shortcuts' });
    expect(rowsOf(dialog)).toEqual(['Save versionCtrl+S', 'Open this list of shortcutsCtrl+/ or F1']);
  });
});
