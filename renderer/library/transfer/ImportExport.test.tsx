import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { LibraryView } from '../LibraryView.tsx';

const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

describe('importing files on the library', () => {
  it('imports dropped files, one article each, and says which could not be read and why', async () => {
    const { api } = loopbackApi();
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    await screen.findByText('Kéo thả tệp .docx, .html, .md, .txt hoặc .json vào đây để nhập thành bài.');
    const library = screen.getByRole('region', { name: 'Thư viện bài viết' });
    const files = [
      textFile('tin.txt', 'Khánh thành cầu dân sinh\n\n(QTO) - Sáng nay, cầu được đưa vào sử dụng.\n\nNgười dân phấn khởi.\n\nThanh Hải'),
      new File([new Uint8Array([0, 1, 2, 3, 255])], 'anh.txt'),
    ];
    fireEvent.drop(library, { dataTransfer: { files, types: ['Files'] } });
    const status = await screen.findByText(/Đã nhập 1 bài: Khánh thành cầu dân sinh\./);
    expect(status.textContent).toMatch(/Không nhập được anh\.txt: Tệp này không phải văn bản UTF-8/);
    expect(await screen.findByRole('button', { name: 'Khánh thành cầu dân sinh' })).toBeTruthy();
    const [article] = await api.articles.list({ scope: 'library' });
    expect(await api.articles.get({ id: article?.id ?? '' })).toMatchObject({ sapo: '(QTO) - Sáng nay, cầu được đưa vào sử dụng.', byline: 'Thanh Hải' });
  });

  it('imports through the "Nhập tệp…" button too', async () => {
    const { api } = loopbackApi();
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    const input = await screen.findByLabelText('Chọn tệp để nhập');
    fireEvent.change(input, { target: { files: [textFile('bai.md', '# Tít bài\n\nĐoạn một.')] } });
    expect(await screen.findByRole('button', { name: 'Tít bài' })).toBeTruthy();
  });
});
