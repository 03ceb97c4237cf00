import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../shared/domain/articleBody.ts';
import { validateBody } from '../../../shared/schema/index.ts';
import { createRendererI18n } from '../../src/i18n.ts';
import { newsroomExtensions } from '../extensions/index.ts';
import { BlockFields } from './BlockFields.tsx';
import { BodyToolbar } from './BodyToolbar.tsx';
import type { ToolbarPrompt } from './toolbarItems.ts';
import { giveRangesRects } from '../extensions/editorForTest.ts';

/** The toolbar over a real body editor, as BodyEditor mounts it, without the photo plumbing. */
function Harness({ content, onEditor }: { content: string; onEditor(editor: Editor): void }) {
  const [prompt, setPrompt] = useState<ToolbarPrompt | null>(null);
  const editor = useEditor({ extensions: newsroomExtensions(), content, injectCSS: false, immediatelyRender: true });
  if (editor !== null) onEditor(editor);
  return (
    <>
      <BodyToolbar editor={editor} prompt={prompt} onPrompt={setPrompt} />
      <BlockFields editor={editor} />
      <EditorContent editor={editor} />
    </>
  );
}

function setup(content = '<p>Giá xăng tăng mạnh</p>') {
  let editor: Editor | undefined;
  render(
    <I18nextProvider i18n={createRendererI18n('vi')}>
      <Harness content={content} onEditor={(created) => (editor = created)} />
    </I18nextProvider>,
  );
  if (editor === undefined) throw new Error('no editor');
  const current = editor;
  const stored = (): BodyDoc => {
    const result = validateBody(current.getJSON());
    if (result.doc === undefined) throw new Error(JSON.stringify(result.issues));
    return result.doc;
  };
  const select = (from: number, to = from) => act(() => void current.commands.setTextSelection({ from, to }));
  return { editor: current, stored, select, toolbar: screen.getByRole('toolbar', { name: 'Định dạng' }) };
}

const LABELS = [
  'Đậm', 'Nghiêng', 'Gạch chân', 'Gạch ngang', 'Chỉ số dưới', 'Chỉ số trên',
  'Đề mục cấp 2', 'Đề mục cấp 3', 'Đề mục cấp 4', 'Danh sách', 'Danh sách số', 'Trích dẫn', 'Trích dẫn nổi bật', 'Hộp thông tin',
  'Liên kết', 'Ghi chú biên tập', 'Chèn bảng', 'Nhúng video/bài mạng xã hội', 'Đường kẻ',
  'Căn lề trái', 'Căn lề giữa', 'Căn lề phải', 'Hoàn tác', 'Làm lại',
];

beforeAll(giveRangesRects);

describe('the body toolbar', () => {
  it('has every button, labelled as the newsroom names them, none using a field’s name', () => {
    const { toolbar } = setup();
    const names = within(toolbar).getAllByRole('button').map((button) => button.getAttribute('aria-label'));
    expect(names).toEqual(LABELS);
    for (const name of names) expect(name).not.toMatch(/tiêu đề|nội dung|sapo|bút danh|chuyên mục|thẻ/i);
  });

  it('is one Tab stop: arrows, Home and End move along it, Esc goes back to the text', () => {
    const { toolbar, editor } = setup();
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    act(() => buttons[0]?.focus());
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons[1]?.tabIndex).toBe(0);
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Làm lại');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Đậm');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(document.activeElement).toBe(editor.view.dom);
  });

  it('applies marks and says so with aria-pressed', () => {
    const { stored, select } = setup();
    select(5, 9);
    const bold = screen.getByRole('button', { name: 'Đậm' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Ghi chú biên tập' }));
    expect(screen.getByRole('button', { name: 'Ghi chú biên tập' }).getAttribute('aria-pressed')).toBe('true');
    expect(stored().content[0]?.content?.[1]).toEqual({ type: 'text', text: 'xăng', marks: [{ type: 'bold' }, { type: 'editorNote' }] });
  });

  it('turns paragraphs into headings, lists, quotes and boxes, pressed while the cursor is in them', () => {
    const { stored, select } = setup();
    select(3);
    fireEvent.click(screen.getByRole('button', { name: 'Đề mục cấp 3' }));
    expect(stored().content[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(screen.getByRole('button', { name: 'Đề mục cấp 3' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Đề mục cấp 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Trích dẫn nổi bật' }));
    expect(stored().content[0]?.type).toBe('pullQuote');
    fireEvent.change(screen.getByLabelText('Người được trích dẫn'), { target: { value: 'Bộ trưởng' } });
    expect(stored().content[0]?.attrs).toEqual({ citation: 'Bộ trưởng' });
    fireEvent.click(screen.getByRole('button', { name: 'Trích dẫn nổi bật' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hộp thông tin' }));
    expect(screen.getByRole('button', { name: 'Hộp thông tin' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(screen.getByLabelText('Tên hộp thông tin'), { target: { value: 'Số liệu' } });
    expect(stored().content[0]).toMatchObject({ type: 'factBox', attrs: { title: 'Số liệu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Danh sách số' }));
    expect(stored().content[0]?.content?.[0]?.type).toBe('orderedList');
  });

  it('aligns the paragraph and presses the matching button', () => {
    const { stored, select } = setup();
    select(3);
    expect(screen.getByRole('button', { name: 'Căn lề trái' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Căn lề phải' }));
    expect(stored().content[0]?.attrs).toEqual({ textAlign: 'right' });
    expect(screen.getByRole('button', { name: 'Căn lề phải' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Căn lề trái' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('asks for a link address and refuses an unsafe one, keeping it to correct', () => {
    const { stored, select } = setup();
    select(5, 9);
    fireEvent.click(screen.getByRole('button', { name: 'Liên kết' }));
    const address = screen.getByLabelText('Địa chỉ liên kết');
    expect(document.activeElement).toBe(address);
    fireEvent.change(address, { target: { value: 'javascript:alert(1)' } });
    fireEvent.submit(address);
    expect(screen.getByRole('alert').textContent).toContain('http://, https:// hoặc mailto:');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(stored().content[0]?.content).toEqual([{ type: 'text', text: 'Giá xăng tăng mạnh' }]);
    fireEvent.change(address, { target: { value: 'baoquangtri.vn/gia-xang' } });
    fireEvent.submit(address);
    expect(screen.queryByLabelText('Địa chỉ liên kết')).toBeNull();
    expect(stored().content[0]?.content?.[1]).toMatchObject({ text: 'xăng', marks: [{ type: 'link', attrs: { href: 'https://baoquangtri.vn/gia-xang' } }] });
    expect(screen.getByRole('button', { name: 'Liên kết' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Liên kết' }));
    expect((screen.getByLabelText('Địa chỉ liên kết') as HTMLInputElement).value).toBe('https://baoquangtri.vn/gia-xang');
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ liên kết' }));
    expect(stored().content[0]?.content).toEqual([{ type: 'text', text: 'Giá xăng tăng mạnh' }]);
  });

  it('embeds a YouTube video by address, and refuses other sites', () => {
    const { stored, select } = setup();
    select(3);
    fireEvent.click(screen.getByRole('button', { name: 'Nhúng video/bài mạng xã hội' }));
    const address = screen.getByLabelText('Địa chỉ video hoặc bài đăng');
    fireEvent.change(address, { target: { value: 'https://vimeo.com/1' } });
    fireEvent.submit(address);
    expect(screen.getByRole('alert').textContent).toContain('YouTube, Facebook, TikTok');
    fireEvent.keyDown(address, { key: 'Escape' });
    expect(screen.queryByLabelText('Địa chỉ video hoặc bài đăng')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Nhúng video/bài mạng xã hội' }));
    fireEvent.change(screen.getByLabelText('Địa chỉ video hoặc bài đăng'), { target: { value: 'https://youtu.be/abc' } });
    fireEvent.submit(screen.getByLabelText('Địa chỉ video hoặc bài đăng'));
    expect(stored().content[1]).toEqual({ type: 'embed', attrs: { url: 'https://youtu.be/abc', provider: 'youtube' } });
  });

  it('inserts a table, then offers the table tools while the cursor is in it', () => {
    const { stored, select } = setup();
    select(3);
    expect(screen.queryByRole('group', { name: 'Sửa bảng' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Chèn bảng' }));
    expect(stored().content[1]?.type).toBe('table');
    const tools = screen.getByRole('group', { name: 'Sửa bảng' });
    fireEvent.click(within(tools).getByRole('button', { name: 'Thêm hàng' }));
    expect(stored().content[1]?.content).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Chèn bảng' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(within(tools).getByRole('button', { name: 'Xóa bảng' }));
    expect(stored().content.some((node) => node.type === 'table')).toBe(false);
  });

  it('undoes and redoes, disabled (but reachable) when there is nothing to undo', () => {
    const { stored, select } = setup();
    const undo = screen.getByRole('button', { name: 'Hoàn tác' });
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    select(3);
    fireEvent.click(screen.getByRole('button', { name: 'Đường kẻ' }));
    expect(stored().content.some((node) => node.type === 'horizontalRule')).toBe(true);
    expect(undo.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(undo);
    expect(stored().content.some((node) => node.type === 'horizontalRule')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Làm lại' }));
    expect(stored().content.some((node) => node.type === 'horizontalRule')).toBe(true);
  });
});
