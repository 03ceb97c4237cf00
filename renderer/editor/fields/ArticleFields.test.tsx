import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import { SAMPLE } from '../../../tests/support/core.ts';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { ArticleForm } from '../ArticleForm.tsx';

const PHOTO_A = 'a'.repeat(64);
const PHOTO_B = 'b'.repeat(64);
const figure = (media: string, caption: string, credit: string) => ({ type: 'figure', attrs: { media, src: null, alt: '', caption, credit, remoteId: null } });

async function setup(options: { withPhotos?: boolean } = {}) {
  const loop = loopbackApi();
  await loop.api.newsroom.setSettings({ sourcePrefix: 'QTO', defaultByline: SAMPLE.byline, titleMaxChars: 30 });
  const text = docFromPlainText(SAMPLE.body.join('\n\n'));
  // Captions are the reporter's words: these two contain field names on purpose.
  const photos = options.withPhotos === true ? [figure(PHOTO_A, 'Thẻ bảo hiểm y tế', 'Minh Đức'), figure(PHOTO_B, 'Nội dung hội nghị', '')] : [];
  const article = await loop.api.articles.create({ title: 'Nháp', body: { type: 'doc', content: [...text.content, ...photos] } });
  renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
  await screen.findByRole('button', { name: 'Bỏ tiền tố (QTO)' });
  return { ...loop, article };
}

describe('ArticleForm: newsroom fields', () => {
  it('keeps the six field names unique with every new control on screen', async () => {
    await setup({ withPhotos: true });
    for (const label of ['Tiêu đề', 'Sapo', 'Nội dung', 'Bút danh', 'Chuyên mục', 'Thẻ']) {
      expect(screen.getAllByLabelText(label, { exact: false })).toHaveLength(1);
    }
    expect((screen.getByLabelText('Bút danh') as HTMLInputElement).value).toBe(SAMPLE.byline);
  });

  it('counts the headline in characters against the newsroom limit, never blocking it', async () => {
    await setup();
    const title = screen.getByLabelText('Tiêu đề') as HTMLTextAreaElement;
    expect(screen.getByTestId('title-count').textContent).toBe('4/30 ký tự');
    const long = 'Quảng Trị: mưa lớn kéo dài, nhiều nơi ngập sâu';
    fireEvent.change(title, { target: { value: long } });
    expect(title.value).toBe(long);
    expect(screen.getByTestId('title-count').textContent).toBe(`${long.length}/30 ký tự · vượt ${long.length - 30}`);
    expect(screen.getByTestId('title-count').className).toContain('soft-count-over');
  });

  it('stores the dateline place', async () => {
    const { api, article } = await setup();
    fireEvent.change(screen.getByLabelText('Nơi viết'), { target: { value: 'Hướng Hóa' } });
    await vi.waitFor(async () => expect((await api.articles.get({ id: article.id })).dateline).toBe('Hướng Hóa'));
  });

  it('offers the photos as featured photo with caption and credit, and stores the choice', async () => {
    const { api, article } = await setup({ withPhotos: true });
    const group = screen.getByRole('group', { name: 'Ảnh đại diện' });
    expect((within(group).getByLabelText('Tự động: ảnh đầu tiên trong bài') as HTMLInputElement).checked).toBe(true);
    const second = within(group).getByRole('radio', { name: 'Ảnh 2' });
    expect(within(group).getByRole('radio', { name: 'Ảnh 1' }).getAttribute('aria-describedby')).not.toBeNull();
    expect(screen.getByText('Thẻ bảo hiểm y tế')).toBeTruthy();
    expect(screen.getByText('— Ảnh: Minh Đức')).toBeTruthy();
    fireEvent.click(second);
    await vi.waitFor(async () => expect((await api.articles.get({ id: article.id })).featuredMedia).toBe(PHOTO_B));
  });

  it('says when the chosen photo left the article', async () => {
    const loop = loopbackApi();
    const article = await loop.api.articles.create({ featuredMedia: PHOTO_A, body: { type: 'doc', content: [figure(PHOTO_B, '', '')] } });
    renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
    expect(screen.getByText('Ảnh đã chọn không còn trong bài nên ảnh đầu tiên sẽ được dùng.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Tự động: ảnh đầu tiên trong bài' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows words, characters with and without spaces, and reading time for lead plus body', async () => {
    await setup();
    // A new article's lead is "(QTO) - ": one word, the prefix code.
    expect(screen.getByTestId('word-count').textContent).toBe('29 chữ');
    expect(screen.getByTestId('reading-time').textContent).toBe('khoảng 1 phút đọc');
    const stats = within(screen.getByTestId('article-stats'));
    const characters = '(QTO) - '.length + SAMPLE.body.join('').length;
    expect(stats.getByText(`${characters} ký tự`)).toBeTruthy();
    const noSpaces = ('(QTO) - ' + SAMPLE.body.join('')).replace(/\s/g, '').length;
    expect(stats.getByText(`${noSpaces} ký tự không kể dấu cách`)).toBeTruthy();
  });

  it('edits the newsroom rules from the editor and applies them at once', async () => {
    const { api } = await setup();
    const opener = screen.getByRole('button', { name: 'Quy định tòa soạn…' });
    // As from the keyboard: focus on the button, then Enter (a click).
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Quy định tòa soạn' });
    const limit = within(dialog).getByLabelText('Giới hạn tít (ký tự)') as HTMLInputElement;
    expect(document.activeElement).toBe(limit);
    fireEvent.change(limit, { target: { value: '5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu quy định' }));
    expect(within(dialog).getByRole('status').textContent).toBe('Giới hạn tít (ký tự): hãy nhập một số nguyên từ 20 đến 500.');
    fireEvent.change(limit, { target: { value: '80' } });
    fireEvent.change(within(dialog).getByLabelText('Tên ký bài mặc định'), { target: { value: 'Hà Linh' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu quy định' }));
    await within(dialog).findByText('Đã lưu quy định.');
    expect(screen.getByTestId('title-count').textContent).toBe('4/80 ký tự');
    expect(await api.newsroom.getSettings({})).toMatchObject({ titleMaxChars: 80, defaultByline: 'Hà Linh', sourcePrefix: 'QTO' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('turns on typographic quotes and ellipsis for pasted text from the rules dialog', async () => {
    const { api } = await setup();
    globalThis.ClipboardEvent ??= class extends Event {} as unknown as typeof ClipboardEvent;
    const body = document.querySelector<HTMLElement>('.body-editor');
    if (body === null) throw new Error('no body editor');
    const pasteText = (text: string) => {
      const event = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : ''), types: ['text/plain'], files: [], items: [] } });
      body.dispatchEvent(event);
    };
    pasteText('Ông nói "được mùa"... ');
    expect(body.textContent).toContain('Ông nói "được mùa"... ');

    fireEvent.click(screen.getByRole('button', { name: 'Quy định tòa soạn…' }));
    const dialog = screen.getByRole('dialog', { name: 'Quy định tòa soạn' });
    const group = within(dialog).getByRole('group', { name: 'Khi dán văn bản' });
    const quotes = within(group).getByRole('checkbox', { name: 'Đổi ngoặc kép thẳng "…" thành ngoặc cong “…”' }) as HTMLInputElement;
    expect(quotes.checked).toBe(false);
    fireEvent.click(quotes);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Đổi ba dấu chấm ... thành dấu ba chấm …' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu quy định' }));
    await within(dialog).findByText('Đã lưu quy định.');
    expect((await api.newsroom.getSettings({})).typography).toEqual({ curlyQuotes: true, ellipsis: true });
    fireEvent.keyDown(dialog, { key: 'Escape' });

    pasteText('Bà con "phấn khởi"...');
    expect(body.textContent).toContain('Bà con “phấn khởi”…');
    // What was pasted before the change is left as it was.
    expect(body.textContent).toContain('Ông nói "được mùa"... ');
  });
});
