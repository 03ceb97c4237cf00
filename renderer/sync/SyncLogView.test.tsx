import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { fakeWordPress } from '../test/fakeWordPress.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { SyncLogView } from './SyncLogView.tsx';

describe('SyncLogView', () => {
  it('says when nothing has happened yet', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SyncLogView />, api);
    expect(await screen.findByText('Chưa có hoạt động đồng bộ nào.')).toBeTruthy();
  });

  it('lists events newest first as sentences, with the article and the translated reason', async () => {
    const site = fakeWordPress();
    const { api } = loopbackApi();
    await api.sites.connect({ url: site.url, username: site.username, appPassword: site.password });
    const article = await api.articles.create({ title: 'Giao ban tuyên giáo' });
    await api.sync.submit({ id: article.id });
    site.down = true;
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

  it('refreshes after "Đồng bộ ngay"', async () => {
    const site = fakeWordPress();
    const { api } = loopbackApi();
    await api.sites.connect({ url: site.url, username: site.username, appPassword: site.password });
    renderWithApi(<SyncLogView />, api);
    await screen.findByText('Chưa có hoạt động đồng bộ nào.');
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ ngay' }));
    expect(await screen.findByText('Đồng bộ xong, không có gì thay đổi.')).toBeTruthy();
  });
});
