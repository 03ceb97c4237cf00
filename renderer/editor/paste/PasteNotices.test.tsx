import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/languages.ts';
import { createRendererI18n } from '../../src/i18n.ts';
import { PasteNotices } from './PasteNotices.tsx';
import { paste, pasteEditor } from './pasteTesting.ts';

let editor: Editor;

function setup(language: Language = 'vi') {
  editor = pasteEditor();
  render(
    <I18nextProvider i18n={createRendererI18n(language)}>
      <PasteNotices editor={editor} />
    </I18nextProvider>,
  );
}

afterEach(() => editor.destroy());

describe('PasteNotices', () => {
  it('shows nothing until a paste has something to say', () => {
    setup();
    expect(screen.queryByRole('region')).toBeNull();
    act(() => void paste(editor, { 'text/plain': 'Tin bình thường' }));
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('offers the conversion with its two buttons, and "Chuyển sang Unicode" converts', () => {
    setup();
    act(() => void paste(editor, { 'text/plain': 'Gi¸o dôc' }));
    expect(screen.getByRole('group', { name: /bảng mã TCVN3 \(ABC\) cũ/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang Unicode' }));
    expect(editor.getText()).toBe('Giáo dục');
    expect(screen.queryByRole('button', { name: 'Chuyển sang Unicode' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Đã chuyển đoạn vừa dán từ bảng mã TCVN3 (ABC) sang Unicode.');
  });

  it('"Giữ nguyên" leaves the text and closes the offer', () => {
    setup();
    act(() => void paste(editor, { 'text/plain': 'Gi¸o dôc' }));
    fireEvent.click(screen.getByRole('button', { name: 'Giữ nguyên' }));
    expect(editor.getText()).toBe('Gi¸o dôc');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says why nothing was pasted, as an alert that can be closed', () => {
    setup();
    act(() => void paste(editor, { 'text/html': `PK\u0003\u0004${'\ufffd\u0001'.repeat(500)}` }));
    expect(screen.getByRole('alert').textContent).toContain('Không dán được: dữ liệu vừa sao chép không đọc được (có thể là tệp .docx bị hỏng).');
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('counts photos it could not bring and speaks English too', () => {
    setup('en');
    act(() => void paste(editor, { 'text/html': '<p>Ảnh:</p><img src="file:///C:/Temp/clip_image001.jpg"><img src="file:///C:/Temp/clip_image002.jpg">' }));
    expect(screen.getByRole('status').textContent).toContain('Could not paste 2 images: they are stored on the author’s computer.');
  });
});
