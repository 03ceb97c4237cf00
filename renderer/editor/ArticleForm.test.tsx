import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE } from '../../tests/support/core.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { ArticleForm } from './ArticleForm.tsx';

async function setup() {
  const loop = loopbackApi();
  const article = await loop.api.articles.create({ title: 'Nháp', byline: SAMPLE.byline });
  const onClose = vi.fn();
  renderWithApi(<ArticleForm article={article} onClose={onClose} />, loop.api);
  return { ...loop, article, onClose };
}

describe('ArticleForm', () => {
  it('labels every field as the newsroom names them', async () => {
    await setup();
    for (const label of ['Tiêu đề', 'Sapo', 'Nội dung', 'Bút danh', 'Chuyên mục', 'Thẻ']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
      // Playwright's getByLabel matches substrings: no other control may contain these words.
      expect(screen.getAllByLabelText(label, { exact: false })).toHaveLength(1);
    }
    expect((screen.getByLabelText('Bút danh') as HTMLInputElement).value).toBe(SAMPLE.byline);
  });

  it('autosaves typed fields and shows "Đã lưu" once stored', async () => {
    const { api, article } = await setup();
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: SAMPLE.title } });
    fireEvent.change(screen.getByLabelText('Thẻ'), { target: { value: 'tuyên giáo, , Giao ban,' } });
    expect(screen.getByTestId('save-indicator').textContent).toBe('Chưa lưu');
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    const stored = await api.articles.get({ id: article.id });
    expect(stored.title).toBe(SAMPLE.title);
    expect(stored.tags).toEqual(['tuyên giáo', 'Giao ban']);
    // The raw text stays as typed, trailing comma included, so typing is never fought.
    expect((screen.getByLabelText('Thẻ') as HTMLInputElement).value).toBe('tuyên giáo, , Giao ban,');
  });

  it('counts words live from lead and body', async () => {
    await setup();
    expect(screen.getByTestId('word-count').textContent).toBe('0 chữ');
    fireEvent.change(screen.getByLabelText('Sapo'), { target: { value: SAMPLE.sapo } });
    expect(screen.getByTestId('word-count').textContent).toBe('21 chữ');
  });

  it('keeps the text and says why when a save fails, then saves once reconnected', async () => {
    const { api, article, setOffline } = await setup();
    setOffline(true);
    fireEvent.change(screen.getByLabelText('Sapo'), { target: { value: SAMPLE.sapo } });
    await vi.waitFor(() =>
      expect(screen.getByTestId('save-indicator').textContent).toBe('Chưa lưu được: Mất kết nối với phần lõi của ứng dụng.'),
    );
    expect((screen.getByLabelText('Sapo') as HTMLTextAreaElement).value).toBe(SAMPLE.sapo);
    setOffline(false);
    fireEvent.change(screen.getByLabelText('Bút danh'), { target: { value: 'Hà Linh' } });
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    expect(await api.articles.get({ id: article.id })).toMatchObject({ sapo: SAMPLE.sapo, byline: 'Hà Linh' });
  });

  it('saves before leaving, and an explicit save creates a revision', async () => {
    const { api, article, onClose } = await setup();
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Tiêu đề mới' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu phiên bản' }));
    await screen.findByText(/^Đã lưu phiên bản lúc/);
    const revisions = await api.articles.listRevisions({ id: article.id });
    expect(revisions.map((revision) => [revision.kind, revision.title])).toEqual([['manual', 'Tiêu đề mới']]);
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Tiêu đề cuối' } });
    fireEvent.click(screen.getByRole('button', { name: '← Thư viện' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect((await api.articles.get({ id: article.id })).title).toBe('Tiêu đề cuối');
  });
});
