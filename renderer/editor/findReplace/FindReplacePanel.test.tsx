import { act, fireEvent, render, screen } from '@testing-library/react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { BodyDoc } from '../../../shared/domain/articleBody.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { createRendererI18n } from '../../src/i18n.ts';
import { useEditorShortcuts } from '../shortcuts/useEditorShortcuts.ts';
import { FindReplace, MATCH_CLASS } from './findReplace.ts';
import { FindReplacePanel } from './FindReplacePanel.tsx';
import { useFindRequest } from './useFindRequest.ts';

const BODY: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Hòa bình ở Quảng Trị, ' }, { type: 'text', text: 'hòa', marks: [{ type: 'italic' }] }, { type: 'text', text: ' hợp.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Hoà giải và bông hoa.' }] },
  ],
};

/** The body editor as the editor view mounts it: the extension, the panel, the shortcuts. */
function Host({ onEditor }: { onEditor(editor: Editor): void }) {
  const editor = useEditor({ extensions: [StarterKit, FindReplace], content: BODY, injectCSS: false, editorProps: { attributes: { 'aria-label': 'Nội dung' } } });
  const find = useFindRequest();
  useEditorShortcuts({ onFind: () => find.open('find'), onReplace: () => find.open('replace') });
  if (editor !== null) onEditor(editor);
  return (
    <>
      <FindReplacePanel editor={editor} request={find.request} onClose={find.close} />
      <EditorContent editor={editor} />
    </>
  );
}

async function setup(language: Language = 'vi') {
  let editor: Editor | undefined;
  render(
    <I18nextProvider i18n={createRendererI18n(language)}>
      <Host onEditor={(live) => (editor = live)} />
    </I18nextProvider>,
  );
  const body = await screen.findByRole('textbox', { name: 'Nội dung' });
  if (editor === undefined) throw new Error('no editor');
  return { editor, body };
}

const highlighted = (body: HTMLElement) => Array.from(body.querySelectorAll(`.${MATCH_CLASS}`)).map((element) => element.textContent);
const count = () => screen.getByTestId('find-count').textContent;

describe('FindReplacePanel', () => {
  it('opens on Ctrl+F with the focus in the search field, counts and highlights as the reporter types', async () => {
    const { body } = await setup();
    expect(screen.queryByRole('search')).toBeNull();
    fireEvent.keyDown(body, { key: 'f', code: 'KeyF', ctrlKey: true });
    const input = screen.getByRole('textbox', { name: 'Tìm' });
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('search', { name: 'Tìm và thay thế' })).toBeTruthy();

    fireEvent.change(input, { target: { value: 'hòa' } });
    expect(count()).toBe('1/2');
    expect(highlighted(body)).toEqual(['Hòa', 'hòa']);

    fireEvent.keyDown(input, { key: 'Enter' });
    expect(count()).toBe('2/2');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(count()).toBe('1/2');
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(count()).toBe('2/2');
    fireEvent.click(screen.getByRole('button', { name: 'Kết quả trước' }));
    expect(count()).toBe('1/2');
  });

  it('"Không phân biệt dấu" widens the search to every spelling; "Phân biệt hoa thường" narrows it', async () => {
    const { body } = await setup();
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true });
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm' }), { target: { value: 'hoa' } });
    expect(highlighted(body)).toEqual(['hoa']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Không phân biệt dấu' }));
    expect(highlighted(body)).toEqual(['Hòa', 'hòa', 'Hoà', 'hoa']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phân biệt hoa thường' }));
    expect(highlighted(body)).toEqual(['hòa', 'hoa']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm' }), { target: { value: 'không có' } });
    expect(count()).toBe('Không tìm thấy');
    expect(screen.getByRole('button', { name: 'Kết quả sau' })).toHaveProperty('disabled', true);
  });

  it('Ctrl+H shows the replace row; Enter replaces one, "Thay tất cả" the rest in one undo step', async () => {
    const { editor, body } = await setup();
    fireEvent.keyDown(body, { key: 'h', code: 'KeyH', ctrlKey: true });
    const find = screen.getByRole('textbox', { name: 'Tìm' });
    expect(document.activeElement).toBe(find);
    fireEvent.change(find, { target: { value: 'hòa' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Không phân biệt dấu' }));
    expect(count()).toBe('1/4');

    const replace = screen.getByRole('textbox', { name: 'Thay bằng' });
    fireEvent.change(replace, { target: { value: 'Hữu nghị' } });
    fireEvent.keyDown(replace, { key: 'Enter' });
    expect(editor.getText()).toMatch(/^Hữu nghị bình/);
    expect(count()).toBe('1/3');

    fireEvent.click(screen.getByRole('button', { name: 'Thay tất cả' }));
    expect(editor.getText({ blockSeparator: '\n' })).toBe('Hữu nghị bình ở Quảng Trị, Hữu nghị hợp.\nHữu nghị giải và bông Hữu nghị.');
    expect(count()).toBe('Đã thay 3 chỗ.');
    // The italic run kept its mark through the replacement.
    expect(body.querySelector('em')?.textContent).toBe('Hữu nghị');
    act(() => {
      editor.commands.undo();
    });
    expect(editor.getText({ blockSeparator: '\n' })).toBe('Hữu nghị bình ở Quảng Trị, hòa hợp.\nHoà giải và bông hoa.');
  });

  it('Esc closes from any field, clears the highlights and puts the focus back in the body', async () => {
    const { body } = await setup();
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true });
    const input = screen.getByRole('textbox', { name: 'Tìm' });
    fireEvent.change(input, { target: { value: 'hòa' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('checkbox', { name: 'Phân biệt hoa thường' }), { key: 'Escape' });
    expect(screen.queryByRole('search')).toBeNull();
    expect(highlighted(body)).toEqual([]);
    // TipTap focuses on the next animation frame.
    await vi.waitFor(() => expect(document.activeElement).toBe(body));
  });

  it('offers the selected text as the query and remembers the options for next time', async () => {
    const { editor, body } = await setup();
    act(() => {
      editor.commands.setTextSelection({ from: 12, to: 21 });
    });
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true });
    expect(screen.getByRole('textbox', { name: 'Tìm' })).toHaveProperty('value', 'Quảng Trị');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Không phân biệt dấu' }));
    fireEvent.click(screen.getByRole('button', { name: 'Đóng tìm kiếm' }));
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true });
    expect(screen.getByRole('checkbox', { name: 'Không phân biệt dấu' })).toHaveProperty('checked', true);
  });

  it('speaks English when the app does', async () => {
    const { body } = await setup('en');
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true });
    fireEvent.change(screen.getByRole('textbox', { name: 'Find' }), { target: { value: 'hòa' } });
    expect(count()).toBe('1 of 2');
    expect(screen.getByRole('checkbox', { name: 'Ignore accents' })).toBeTruthy();
  });
});
