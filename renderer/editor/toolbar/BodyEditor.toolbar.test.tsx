import { act, fireEvent, screen } from '@testing-library/react';
import { Extension, type Editor } from '@tiptap/react';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { ArticleForm } from '../ArticleForm.tsx';
import { BodyEditor } from '../BodyEditor.tsx';
import { giveRangesRects } from '../extensions/editorForTest.ts';

/** The toolbar inside the real article form, saving through the real core, which validates every body. */
async function setup(text = 'Giá xăng tăng mạnh') {
  const loop = loopbackApi();
  const article = await loop.api.articles.create({ title: 'Giá xăng', body: docFromPlainText(text) });
  renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
  const body = await screen.findByRole('textbox', { name: 'Nội dung' });
  const saved = async () => {
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    return (await loop.api.articles.get({ id: article.id })).body;
  };
  return { ...loop, article, body, saved };
}

beforeAll(giveRangesRects);

describe('the toolbar in the article form', () => {
  it('stands above the body, and Alt+F10 in the text reaches it', async () => {
    const { body } = await setup();
    const toolbar = screen.getByRole('toolbar', { name: 'Định dạng' });
    expect(toolbar.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    act(() => body.focus());
    fireEvent.keyDown(body, { key: 'F10', altKey: true });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Đậm');
  });

  it('opens the link box on Ctrl+K', async () => {
    const { body } = await setup();
    fireEvent.keyDown(body, { key: 'k', ctrlKey: true });
    expect(await screen.findByLabelText('Địa chỉ liên kết')).toBeTruthy();
  });

  it('saves every newsroom block it makes: the core accepts the editor’s JSON', async () => {
    const { saved } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hộp thông tin' }));
    fireEvent.change(screen.getByLabelText('Tên hộp thông tin'), { target: { value: 'Số liệu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Chèn bảng' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nhúng video/bài mạng xã hội' }));
    fireEvent.change(screen.getByLabelText('Địa chỉ video hoặc bài đăng'), { target: { value: 'https://www.tiktok.com/@baoquangtri/video/1' } });
    fireEvent.submit(screen.getByLabelText('Địa chỉ video hoặc bài đăng'));
    fireEvent.click(screen.getByRole('button', { name: 'Ghi chú biên tập' }));
    const stored = await saved();
    expect(stored.content.map((node) => node.type)).toEqual(expect.arrayContaining(['factBox', 'table', 'embed']));
    expect(stored.content.find((node) => node.type === 'factBox')?.attrs).toEqual({ title: 'Số liệu' });
    expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu');
  });

  it('opens an article saved by the first editor (an H1, a script link) and can save it again', async () => {
    const loop = loopbackApi();
    const article = await loop.api.articles.create({ title: 'Cũ' });
    // Stored before the schema narrowed: written straight to the store, as an old build did.
    const legacy = {
      ...article,
      body: {
        type: 'doc' as const,
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Cấp một' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        ],
      },
    };
    renderWithApi(<ArticleForm article={legacy} onClose={vi.fn()} />, loop.api);
    const body = await screen.findByRole('textbox', { name: 'Nội dung' });
    expect(body.querySelector('h2')?.textContent).toBe('Cấp một');
    expect(body.querySelector('a')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Đường kẻ' }));
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    const stored = (await loop.api.articles.get({ id: article.id })).body;
    expect(stored.content.find((node) => node.type === 'heading')).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Cấp một' }] });
    expect(stored.content.find((node) => node.type === 'paragraph')).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'bấm' }] });
  });

  it('takes the form’s extra extensions and hands it the editor for panels beside the body', async () => {
    const loop = loopbackApi();
    const seen: (Editor | null)[] = [];
    const Marker = Extension.create({ name: 'findReplaceStandIn' });
    const host = document.createElement('div');
    document.body.append(host);
    onTestFinished(() => host.remove());
    const view = renderWithApi(
      <BodyEditor host={host} initial={docFromPlainText('x')} labelledBy="none" onChange={vi.fn()} extensions={[Marker]} onEditor={(editor) => seen.push(editor)} />,
      loop.api,
    );
    await vi.waitFor(() => expect(seen.at(-1)).not.toBeNull());
    expect(seen.at(-1)?.extensionManager.extensions.some((extension) => extension.name === 'findReplaceStandIn')).toBe(true);
    // The text goes into the host it was given, not where the toolbar renders.
    expect(host.querySelector('.ProseMirror')?.textContent).toBe('x');
    expect(view.container.querySelector('.ProseMirror')).toBeNull();
    view.unmount();
    expect(seen.at(-1)).toBeNull();
    expect(host.childElementCount).toBe(0);
  });
});
