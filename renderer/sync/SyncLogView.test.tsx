import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { startWordPress, type WordPressSite } from '../../tests/wordpress/startWordPress.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { SyncLogView } from './SyncLogView.tsx';

let site: WordPressSite;
beforeAll(async () => (site = await startWordPress({ plugin: false })), 60_000);
afterAll(() => site?.stop(), 60_000);

async function connected() {
  const loop = loopbackApi();
  const { login, appPassword } = site.users.author;
  await loop.api.sites.connect({ url: site.url, username: login, appPassword });
  return loop;
}

describe('SyncLogView', () => {
  it('says when nothing has happened yet', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SyncLogView />, api);
    expect(await screen.findByText('Chưa có hoạt động đồng bộ nào.')).toBeTruthy();
  });

  it('refreshes after "Đồng bộ ngay"', async () => {
    const { api } = await connected();
    renderWithApi(<SyncLogView />, api);
    await screen.findByText('Chưa có hoạt động đồng bộ nào.');
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ ngay' }));
    expect(await screen.findByText('Đồng bộ xong, không có gì thay đổi.')).toBeTruthy();
  });

  // Takes the site down for the rest of the file: keep it last.
  it('lists events newest first as sentences, with the article and the translated reason', async () => {
    const { api } = await connected();
    const article = await api.articles.create({ title: 'Giao ban tuyên giáo' });
    await api.sync.submit({ id: article.id });
    await site.stopServer();
    await api.sync.now({});
    renderWithApi(<SyncLogView />, api);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent))).toEqual([
      ['Không đồng bộ được. Không kết nối được tới trang. Bài vẫn được lưu trên máy và sẽ tự gửi khi có mạng.', ''],
      ['Đã gửi duyệt bài.', 'Giao ban tuyên giáo'],
    ]);
    expect(rows[0]?.className).toBe('log-error');
    expect(within(rows[0] as HTMLElement).getByRole('cell', { name: /\d/ }).querySelector('time')).not.toBeNull();
  });
});
