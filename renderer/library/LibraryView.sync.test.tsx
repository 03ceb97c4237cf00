import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { startWordPress, type WordPressSite } from '../../tests/wordpress/startWordPress.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { LibraryView } from './LibraryView.tsx';

let site: WordPressSite;
beforeAll(async () => (site = await startWordPress({ plugin: false })), 60_000);
afterAll(() => site?.stop(), 60_000);

const rowOf = async (title: string) => (await screen.findByRole('button', { name: title })).closest('tr') as HTMLElement;

/** A reporter's library connected to the real site as its author. */
async function connected() {
  const loop = loopbackApi();
  const { login, appPassword } = site.users.author;
  await loop.api.sites.connect({ url: site.url, username: login, appPassword });
  return loop;
}

describe('LibraryView sync', () => {
  it('shows each article\'s sync state beside its status', async () => {
    const { api } = loopbackApi();
    await api.articles.create({ title: 'Tin địa phương' });
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    const row = await rowOf('Tin địa phương');
    expect(within(row).getByText('Bản nháp')).toBeTruthy();
    expect(within(row).getByTestId('sync-badge').textContent).toBe('Chỉ trên máy');
  });

  it('"Đồng bộ ngay" without a site says to connect one', async () => {
    const { api } = loopbackApi();
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Đồng bộ ngay' }));
    await vi.waitFor(() =>
      expect(screen.getByTestId('sync-summary').textContent).toBe('Chưa kết nối trang nào. Hãy kết nối trang của tòa soạn trước.'),
    );
  });

  it('summarises a pass and refreshes the badges', async () => {
    const { api } = await connected();
    const article = await api.articles.create({ title: 'Tin đã gửi' });
    await api.sync.submit({ id: article.id });
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    const row = await rowOf('Tin đã gửi');
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ ngay' }));
    await vi.waitFor(() => expect(screen.getByTestId('sync-summary').textContent).toBe('Đã đồng bộ: gửi 1 bài.'));
    await vi.waitFor(() => expect(within(row).getByTestId('sync-badge').textContent).toBe('Đã đồng bộ'));
    expect(within(row).getByText('Chờ duyệt')).toBeTruthy();
  });

  it('shows the reason on an article the site refused', async () => {
    const { api } = await connected();
    // The site has Thời sự, Kinh tế, Thể thao…: no Bóng đá.
    expect(site.categories.map((term) => term.name)).not.toContain('Bóng đá');
    const article = await api.articles.create({ title: 'Sai chuyên mục', category: 'Bóng đá' });
    await api.sync.submit({ id: article.id });
    await api.sync.now({});
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    const row = await rowOf('Sai chuyên mục');
    await vi.waitFor(() => expect(within(row).getByTestId('sync-badge').textContent).toBe('Lỗi'));
    expect(within(row).getByText('Chuyên mục này không có trên trang. Hãy chọn một chuyên mục trong danh sách.')).toBeTruthy();
  });

  // Takes the site down for the rest of the file: keep it last.
  it('spins while syncing, then gives the translated reason when the site is unreachable', async () => {
    const { api } = await connected();
    const article = await api.articles.create({ title: 'Gửi khi có mạng' });
    await api.sync.submit({ id: article.id });
    await site.stopServer();
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api, 'en');
    const row = await rowOf('Gửi khi có mạng');
    await vi.waitFor(() => expect(within(row).getByTestId('sync-badge').textContent).toBe('Waiting to send'));
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(screen.getByRole('button', { name: 'Syncing…' })).toBeTruthy();
    await vi.waitFor(() =>
      expect(screen.getByTestId('sync-summary').textContent).toBe(
        'Cannot reach the site. The article is saved on this computer and will be sent when online.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeTruthy();
  });
});
