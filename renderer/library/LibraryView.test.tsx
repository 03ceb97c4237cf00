import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';
import { SAMPLE } from '../../tests/support/core.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { LibraryView } from './LibraryView.tsx';

describe('LibraryView', () => {
  it('tells a new reporter how to start', async () => {
    const { api } = loopbackApi();
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    expect(await screen.findByText('Chưa có bài nào. Bấm “Bài mới” để bắt đầu viết.')).toBeTruthy();
  });

  it('lists articles with status, byline and word count', async () => {
    const { api } = loopbackApi();
    await api.articles.create({ title: SAMPLE.title, byline: SAMPLE.byline, sapo: SAMPLE.sapo, body: docFromPlainText(SAMPLE.body.join('\n\n')) });
    await api.articles.create({});
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    const row = (await screen.findByRole('button', { name: SAMPLE.title })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Bản nháp')).toBeTruthy();
    expect(within(row).getByText(SAMPLE.byline)).toBeTruthy();
    expect(within(row).getByText('49')).toBeTruthy();
    expect(screen.getByRole('button', { name: '(Chưa có tiêu đề)' })).toBeTruthy();
  });

  it('creates an article and opens it', async () => {
    const { api } = loopbackApi();
    const onOpen = vi.fn();
    renderWithApi(<LibraryView scope="library" onOpen={onOpen} onShowScope={vi.fn()} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Bài mới' }));
    // "Bài mới" asks for a template first; the blank page has the focus.
    const blank = within(screen.getByRole('dialog', { name: 'Viết bài theo mẫu' })).getByRole('button', { name: 'Trang trắng' });
    expect(document.activeElement).toBe(blank);
    fireEvent.click(blank);
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledOnce());
    const [id] = onOpen.mock.calls[0] as [string];
    expect((await api.articles.get({ id })).status).toBe('draft');
  });

  it('moves to trash with an undo that restores the article', async () => {
    const { api } = loopbackApi();
    const { id } = await api.articles.create({ title: 'Tin ngắn' });
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển vào thùng rác: Tin ngắn' }));
    expect(await screen.findByText('Đã chuyển “Tin ngắn” vào thùng rác.')).toBeTruthy();
    expect((await api.articles.get({ id })).trashedAt).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    await screen.findByRole('button', { name: 'Tin ngắn' });
    expect((await api.articles.get({ id })).trashedAt).toBeNull();
  });

  it('shows a translated error when the core cannot be reached', async () => {
    const loop = loopbackApi();
    loop.setOffline(true);
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, loop.api, 'en');
    expect((await screen.findByRole('alert')).textContent).toBe('Lost the connection to the app core.');
  });

  it('deletes from the trash for good only after asking, one article or all', async () => {
    const { api } = loopbackApi();
    const a = await api.articles.create({ title: 'Bài A' });
    const b = await api.articles.create({ title: 'Bài B' });
    await api.articles.trash({ id: a.id });
    await api.articles.trash({ id: b.id });
    renderWithApi(<LibraryView scope="trash" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    expect(await screen.findByText('Bài trong thùng rác được tự xóa hẳn sau 30 ngày.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa hẳn: Bài A' }));
    const ask = screen.getByRole('alertdialog', { name: 'Xác nhận xóa hẳn' });
    expect(ask.textContent).toMatch(/Xóa hẳn “Bài A” cùng mọi phiên bản/);
    fireEvent.click(within(ask).getByRole('button', { name: 'Thôi' }));
    expect((await api.articles.list({ scope: 'trash' })).length).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Xóa hẳn: Bài A' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xóa hẳn' }));
    await vi.waitFor(async () => expect((await api.articles.list({ scope: 'trash' })).map((article) => article.title)).toEqual(['Bài B']));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Xóa hẳn: Bài A' })).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: 'Dọn sạch thùng rác' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Xóa hẳn 1 bài trong thùng rác/);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xóa hẳn' }));
    expect(await screen.findByText('Thùng rác trống.')).toBeTruthy();
    expect(await api.articles.list({ scope: 'trash' })).toEqual([]);
  });
});
