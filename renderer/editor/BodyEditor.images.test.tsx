import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DocNode } from '../../shared/domain/articleBody.ts';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { ArticleForm } from './ArticleForm.tsx';

/** A real 1×1 PNG, so the core's image decoder accepts it. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const pngFile = (name = 'hoi-nghi.png') => new File([Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0))], name, { type: 'image/png' });
const textFile = () => new File(['Ghi chép phỏng vấn'], 'ghi-chu.txt', { type: 'text/plain' });

async function setup() {
  const loop = loopbackApi();
  const article = await loop.api.articles.create({ title: 'Ảnh', body: docFromPlainText('Đoạn mở đầu.') });
  renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
  const body = await screen.findByRole('textbox', { name: 'Nội dung' });
  return { ...loop, article, body };
}

const figures = (nodes: readonly DocNode[] | undefined) => (nodes ?? []).filter((node) => node.type === 'figure');
const chooseFiles = (files: File[]) =>
  fireEvent.change(screen.getByLabelText('Chọn tệp ảnh để chèn'), { target: { files } });

describe('images in the body', () => {
  it('"Chèn ảnh" stores the photo, shows it from media/<hash> and saves a figure in the body', async () => {
    const { api, article, body } = await setup();
    expect(screen.getByRole('button', { name: 'Chèn ảnh' })).toBeTruthy();
    expect((screen.getByLabelText('Chọn tệp ảnh để chèn') as HTMLInputElement).accept).toBe('image/*');
    chooseFiles([pngFile()]);
    const image = await vi.waitFor(() => {
      const found = body.querySelector('figure.article-figure img');
      if (found === null) throw new Error('no figure yet');
      return found;
    });
    expect(image.getAttribute('src')).toMatch(new RegExp(`^${new URL('media/', document.baseURI).href}[0-9a-f]{64}$`));
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    const stored = await api.articles.get({ id: article.id });
    const [figure] = figures(stored.body.content);
    expect(figure?.attrs?.media).toMatch(/^[0-9a-f]{64}$/);
    expect(image.getAttribute('src')).toBe(new URL(`media/${String(figure?.attrs?.media)}`, document.baseURI).href);
    expect(stored.body.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mở đầu.' }] });
  });

  it('edits caption, credit and alt of the selected photo in the panel', async () => {
    const { api, article, body } = await setup();
    chooseFiles([pngFile()]);
    // The new photo is selected, so its panel opens for the caption.
    fireEvent.change(await screen.findByLabelText('Chú thích ảnh'), { target: { value: 'Quang cảnh hội nghị' } });
    fireEvent.change(screen.getByLabelText('Tác giả ảnh'), { target: { value: 'Ảnh: Minh Đức' } });
    fireEvent.change(screen.getByLabelText('Mô tả ảnh'), { target: { value: 'Hội trường đông người' } });
    expect(body.querySelector('figcaption')?.textContent).toBe('Quang cảnh hội nghị — Ảnh: Minh Đức');
    expect(body.querySelector('figure img')?.getAttribute('alt')).toBe('Hội trường đông người');
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    const [figure] = figures((await api.articles.get({ id: article.id })).body.content);
    expect(figure?.attrs).toMatchObject({ caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Đức', alt: 'Hội trường đông người' });

    // Keyboard: Esc back to the body with the photo still selected, Enter into the caption again.
    fireEvent.keyDown(screen.getByLabelText('Chú thích ảnh'), { key: 'Escape' });
    expect(document.activeElement).toBe(body);
    fireEvent.keyDown(body, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByLabelText('Chú thích ảnh'));
    expect(body.querySelectorAll('figure')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Xóa ảnh khỏi bài' }));
    expect(body.querySelector('figure')).toBeNull();
    expect(screen.queryByLabelText('Chú thích ảnh')).toBeNull();
  });

  it('refuses a file that is not an image: translated reason, nothing inserted, text untouched', async () => {
    const { api, article, body } = await setup();
    chooseFiles([textFile()]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không chèn được “ghi-chu.txt”: Tệp này không phải ảnh (JPEG, PNG, WebP, GIF, HEIC).',
    );
    expect(body.querySelector('figure')).toBeNull();
    expect(body.textContent).toBe('Đoạn mở đầu.');
    expect((await api.articles.get({ id: article.id })).body).toEqual(docFromPlainText('Đoạn mở đầu.'));
  });

  it('takes photos dropped onto the body', async () => {
    const { body } = await setup();
    fireEvent.drop(body, { dataTransfer: { files: [pngFile()], items: [], types: ['Files'], getData: () => '' } });
    await vi.waitFor(() => expect(body.querySelectorAll('figure.article-figure')).toHaveLength(1));
  });

  it('takes pasted image files, but leaves text pastes (which carry a picture of the text from Word) to the editor', async () => {
    const { body } = await setup();
    const paste = (text: string) =>
      act(() => {
        fireEvent.paste(body, {
          clipboardData: { files: [pngFile('image.png')], items: [], types: ['Files'], getData: (type: string) => (type === 'text/plain' ? text : '') },
        });
      });
    await paste('Đoạn chép từ Word');
    expect(body.querySelector('figure')).toBeNull();
    expect(screen.queryByText('Đang thêm ảnh…')).toBeNull();
    await paste('');
    await vi.waitFor(() => expect(body.querySelectorAll('figure.article-figure')).toHaveLength(1));
  });
});
