import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { rest } from '../../tests/wordpress/rest.ts';
import { startWordPress, type WordPressSite, type WordPressUser } from '../../tests/wordpress/startWordPress.ts';
import { createUser } from '../../tests/wordpress/users.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { SitesView } from './SitesView.tsx';

// Both kinds of site: a contributor on a stock site is warned about photos, an editor
// on a site with the companion plugin is not. Named apart, as two newsrooms' sites are.
let stock: WordPressSite;
let withPlugin: WordPressSite;
let subscriber: WordPressUser;

async function rename(site: WordPressSite, title: string): Promise<void> {
  const response = await rest(site, 'POST', '/wp/v2/settings', { as: 'admin', json: { title } });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  // Assigned one by one so afterAll stops the one that started even if the other fails.
  await Promise.all([
    startWordPress({ plugin: false }).then((site) => (stock = site)),
    startWordPress({ plugin: true }).then((site) => (withPlugin = site)),
  ]);
  await Promise.all([rename(stock, 'Báo Quảng Trị'), rename(withPlugin, 'Báo Thử Nghiệm')]);
  subscriber = await createUser(stock, 'subscriber', 'subscriber');
}, 60_000);
afterAll(() => Promise.all([stock?.stop(), withPlugin?.stop()]), 60_000);

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
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    await screen.findByText('Chưa kết nối trang nào.');
    const { login, appPassword } = stock.users.contributor;
    fill({ 'Địa chỉ trang': stock.url, 'Tên đăng nhập': login, 'Mật khẩu ứng dụng': appPassword });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    const card = await screen.findByRole('listitem', { name: 'Báo Quảng Trị (contributor)' });
    expect(screen.getByText('Đã kết nối “Báo Quảng Trị”.')).toBeTruthy();
    expect(within(card).getByText(stock.url)).toBeTruthy();
    expect(within(card).getByText('Cộng tác viên Lê Thị Hoa (contributor)')).toBeTruthy();
    expect(within(card).getByText('Phóng viên')).toBeTruthy();
    expect(within(card).getByText('Chưa cài')).toBeTruthy();
    expect(within(card).getByText('Đang dùng')).toBeTruthy();
    expect(within(card).getByText(/không tải ảnh lên được khi trang chưa cài plugin “Tòa soạn Companion”/)).toBeTruthy();
    expect((screen.getByLabelText('Mật khẩu ứng dụng') as HTMLInputElement).value).toBe('');
  });

  it('shows an editor with the plugin as such, without the photo warning', async () => {
    const { api } = loopbackApi();
    const { login, appPassword } = withPlugin.users.editor;
    await api.sites.connect({ url: withPlugin.url, username: login, appPassword });
    renderWithApi(<SitesView />, api);
    const card = await screen.findByRole('listitem', { name: 'Báo Thử Nghiệm (editor)' });
    expect(within(card).getByText('Biên tập viên')).toBeTruthy();
    expect(within(card).getByText('Đã cài')).toBeTruthy();
    expect(within(card).queryByText(/Tòa soạn Companion”/)).toBeNull();
  });

  it('translates what the site says about the account', async () => {
    const { api } = loopbackApi();
    renderWithApi(<SitesView />, api);
    await screen.findByText('Chưa kết nối trang nào.');
    // Shaped like an application password, but not one WordPress issued to this user.
    fill({ 'Địa chỉ trang': stock.url, 'Tên đăng nhập': subscriber.login, 'Mật khẩu ứng dụng': 'abcd efgh ijkl mnop qrst uvwx' });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tên đăng nhập hoặc mật khẩu ứng dụng sai, hoặc mật khẩu đã bị thu hồi. Hãy kết nối lại.',
    );
    fill({ 'Mật khẩu ứng dụng': subscriber.appPassword });
    fireEvent.click(screen.getByRole('button', { name: 'Kết nối' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Tài khoản này không đủ quyền (cần Cộng tác viên, Tác giả, Biên tập viên hoặc Quản trị).',
      ),
    );
  });

  it('switches the active site and removes one after confirming', async () => {
    const { api } = loopbackApi();
    for (const site of [stock, withPlugin]) {
      const { login, appPassword } = site.users.author;
      await api.sites.connect({ url: site.url, username: login, appPassword });
    }
    renderWithApi(<SitesView />, api);
    const one = await screen.findByRole('listitem', { name: 'Báo Quảng Trị (author)' });
    expect(within(one).queryByText('Đang dùng')).toBeNull();
    fireEvent.click(within(one).getByRole('button', { name: 'Dùng trang này: Báo Quảng Trị (author)' }));
    await screen.findByText('Từ giờ bài sẽ được gửi lên “Báo Quảng Trị”.');
    expect((await api.sites.list({})).find((site) => site.active)?.name).toBe('Báo Quảng Trị');

    const two = screen.getByRole('listitem', { name: 'Báo Thử Nghiệm (author)' });
    fireEvent.click(within(two).getByRole('button', { name: 'Gỡ: Báo Thử Nghiệm (author)' }));
    fireEvent.click(within(two).getByRole('button', { name: 'Gỡ trang' }));
    await screen.findByText('Đã gỡ trang “Báo Thử Nghiệm”.');
    expect((await api.sites.list({})).map((site) => site.name)).toEqual(['Báo Quảng Trị']);
  });
});
