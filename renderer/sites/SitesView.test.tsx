import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { fakeWordPress } from '../test/fakeWordPress.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { SitesView } from './SitesView.tsx';

function fill(fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('SitesView', () => {
  it('starts with no site and a connect form whose password is never kept by the browser', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    expect(await screen.findByText('Chưa kết nối trang nào.')).toBeTruthy();
    const password = screen.getByLabelText('Mật khẩu ứng dụng') as HTMLInputElement;
    expect(password.type).toBe('password');
    expect(password.autocomplete).toBe('off');
    expect(screen.getByLabelText('Địa chỉ trang')).toBeTruthy();
    expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy();
  });

  it('says a site that does not answer cannot be reached', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    await screen.findByText('Chưa kết nối trang nào.');
    fill({ 'Địa chỉ trang': 'http://127.0.0.1:1', 'Tên đăng nhập': 'minhduc', 'Mật khẩu ứng dụng': 'abcd efgh' });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không kết nối được tới trang. Bài vẫn được lưu trên máy và sẽ tự gửi khi có mạng.',
    );
    expect(await api.sites.list({})).toEqual([]);
  });

  it('names the empty field and marks it invalid', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api, 'en');
    await screen.findByText('No site connected yet.');
    fill({ 'Site address': 'https://bao.example.vn', 'Application password': 'abcd' });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Username: Required.');
    expect(screen.getByLabelText('Username').getAttribute('aria-invalid')).toBe('true');
  });

  it('explains when the browser authorization cannot be used here', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    await screen.findByText('Chưa kết nối trang nào.');
    fill({ 'Địa chỉ trang': 'https://bao.example.vn' });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối qua trang WordPress' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Không mở được trang cấp quyền. Hãy dán mật khẩu ứng dụng bằng tay.');
  });

  it('connects by hand and shows who the reporter is on the site; a contributor without the plugin is warned about photos', async () => {
    const site = fakeWordPress({ name: 'Báo Quảng Trị', roles: ['contributor'], canUpload: false, plugin: false });
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    await screen.findByText('Chưa kết nối trang nào.');
    fill({ 'Địa chỉ trang': site.url, 'Tên đăng nhập': site.username, 'Mật khẩu ứng dụng': site.password });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    const card = await screen.findByRole('listitem', { name: 'Báo Quảng Trị (minhduc)' });
    expect(screen.getByText('Đã kết nối “Báo Quảng Trị”.')).toBeTruthy();
    expect(within(card).getByText(site.url)).toBeTruthy();
    expect(within(card).getByText('Minh Đức (minhduc)')).toBeTruthy();
    expect(within(card).getByText('Phóng viên')).toBeTruthy();
    expect(within(card).getByText('Chưa cài')).toBeTruthy();
    expect(within(card).getByText('Đang dùng')).toBeTruthy();
    expect(within(card).getByText(/không tải ảnh lên được khi trang chưa cài plugin “Tòa soạn Companion”/)).toBeTruthy();
    expect((screen.getByLabelText('Mật khẩu ứng dụng') as HTMLInputElement).value).toBe('');
  });

  it('shows an editor with the plugin as such, without the photo warning', async () => {
    const site = fakeWordPress({ roles: ['editor'], plugin: true });
    const { api } = loopbackApi();
    await api.sites.connect({ url: site.url, username: site.username, appPassword: site.password });
    renderWithApi(<SitesView />, api);
    const card = await screen.findByRole('listitem', { name: 'Báo Thử Nghiệm (minhduc)' });
    expect(within(card).getByText('Biên tập viên')).toBeTruthy();
    expect(within(card).getByText('Đã cài')).toBeTruthy();
    expect(within(card).queryByText(/Tòa soạn Companion”/)).toBeNull();
  });

  it('translates what the site says about the account', async () => {
    const site = fakeWordPress({ roles: ['subscriber'] });
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    await screen.findByText('Chưa kết nối trang nào.');
    fill({ 'Địa chỉ trang': site.url, 'Tên đăng nhập': site.username, 'Mật khẩu ứng dụng': 'sai mật khẩu' });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tên đăng nhập hoặc mật khẩu ứng dụng sai, hoặc mật khẩu đã bị thu hồi. Hãy kết nối lại.',
    );
    fill({ 'Mật khẩu ứng dụng': site.password });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Tài khoản này không đủ quyền (cần Cộng tác viên, Tác giả, Biên tập viên hoặc Quản trị).',
      ),
    );
  });

  it('switches the active site and removes one after confirming', async () => {
    const first = fakeWordPress({ url: 'https://mot.example.vn', name: 'Trang Một' });
    const { api } = loopbackApi();
    await api.sites.connect({ url: first.url, username: first.username, appPassword: first.password });
    // The second stub replaces the first; switching and removing need no network.
    const second = fakeWordPress({ url: 'https://hai.example.vn', name: 'Trang Hai' });
    await api.sites.connect({ url: second.url, username: second.username, appPassword: second.password });
    renderWithApi(<SitesView />, api);
    const one = await screen.findByRole('listitem', { name: 'Trang Một (minhduc)' });
    expect(within(one).queryByText('Đang dùng')).toBeNull();
    fireEvent.click(within(one).getByRole('button', { name: 'Dùng trang này: Trang Một (minhduc)' }));
    await screen.findByText('Từ giờ bài sẽ được gửi lên “Trang Một”.');
    expect((await api.sites.list({})).find((site) => site.active)?.name).toBe('Trang Một');

    const two = screen.getByRole('listitem', { name: 'Trang Hai (minhduc)' });
    fireEvent.click(within(two).getByRole('button', { name: 'Gỡ: Trang Hai (minhduc)' }));
    fireEvent.click(within(two).getByRole('button', { name: 'Gỡ trang' }));
    await screen.findByText('Đã gỡ trang “Trang Hai”.');
    expect((await api.sites.list({})).map((site) => site.name)).toEqual(['Trang Một']);
  });
});
