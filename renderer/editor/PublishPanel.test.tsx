import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE } from '../../tests/support/core.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { rest } from '../../tests/wordpress/rest.ts';
import { startWordPress, type WordPressSite } from '../../tests/wordpress/startWordPress.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { ArticleForm } from './ArticleForm.tsx';

// With the companion plugin: it is what stores the editor's note on a returned post.
let site: WordPressSite;
beforeAll(async () => {
  site = await startWordPress({ plugin: true });
  // Beside the seeded "Giao thông": a tag only an accent-insensitive match finds from "giao".
  const tag = await rest(site, 'POST', '/wp/v2/tags', { as: 'editor', json: { name: 'Giáo dục' } });
  expect(tag.status).toBe(201);
}, 60_000);
afterAll(() => site?.stop(), 60_000);

/** An article open in the editor; with `connected`, the library is connected to the real site as its author. */
async function setup(options: { connected?: boolean; title?: string } = {}) {
  const loop = loopbackApi();
  if (options.connected === true) {
    const { login, appPassword } = site.users.author;
    await loop.api.sites.connect({ url: site.url, username: login, appPassword });
  }
  const article = await loop.api.articles.create({ title: options.title ?? SAMPLE.title, byline: SAMPLE.byline, sapo: SAMPLE.sapo });
  renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
  return { ...loop, article };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const submitButton = () => screen.getByRole('button', { name: 'Gửi duyệt' });

describe('ArticleForm publishing', () => {
  it('without a site: status, "only on this computer", and "Gửi duyệt" off with the reason and a way to connect', async () => {
    await setup();
    expect(screen.getByTestId('article-status').textContent).toBe('Bản nháp');
    expect((await screen.findByTestId('sync-badge')).textContent).toBe('Chỉ trên máy');
    await vi.waitFor(() => expect(submitButton().getAttribute('aria-describedby')).not.toBeNull());
    const hint = document.getElementById(submitButton().getAttribute('aria-describedby') ?? '') as HTMLElement;
    expect(hint.textContent).toBe('Chưa kết nối trang nào. Hãy kết nối trang của tòa soạn trước. Kết nối trang');
    expect(within(hint).getByRole('link', { name: 'Kết nối trang' }).getAttribute('href')).toBe('#/trang');
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
    // Category stays free text when there is nothing to pick from.
    expect(screen.getByLabelText('Chuyên mục').tagName).toBe('INPUT');
  });

  it('shows the translated "no site" error if the site went away before the click', async () => {
    const { api } = await setup({ connected: true });
    await vi.waitFor(() => expect(submitButton().getAttribute('aria-disabled')).toBe('false'));
    const [site] = await api.sites.list({});
    await api.sites.remove({ id: site?.id ?? '' });
    fireEvent.click(submitButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Chưa kết nối trang nào. Hãy kết nối trang của tòa soạn trước.');
  });

  it('picks the category from the site, indented under its parent, and suggests cached tags', async () => {
    const { api, article } = await setup({ connected: true });
    const select = (await vi.waitFor(() => {
      const field = screen.getByLabelText('Chuyên mục');
      if (field.tagName !== 'SELECT') throw new Error('still free text');
      return field;
    })) as HTMLSelectElement;
    expect(Array.from(select.options).map((option) => option.textContent)).toEqual([
      '— Chọn chuyên mục —', 'Chưa phân loại', 'Kinh tế', 'Thể thao', 'Thời sự', '\u2003Trong nước', '\u2003Trong tỉnh', 'Văn hóa - Xã hội',
    ]);
    fireEvent.change(select, { target: { value: 'Trong tỉnh' } });
    fireEvent.change(screen.getByLabelText('Thẻ'), { target: { value: 'Đô thị, giao' } });
    const list = document.getElementById(screen.getByLabelText('Thẻ').getAttribute('list') ?? '') as HTMLDataListElement;
    expect(Array.from(list.options).map((option) => option.value).sort()).toEqual(['Đô thị, Giao thông', 'Đô thị, Giáo dục']);
    await vi.waitFor(() => expect(screen.getByTestId('save-indicator').textContent).toBe('Đã lưu'));
    expect(await api.articles.get({ id: article.id })).toMatchObject({ category: 'Trong tỉnh', tags: ['Đô thị', 'giao'] });
  });

  it('submits: saves first, becomes "Chờ duyệt", and waits to be sent', async () => {
    const { api, article } = await setup({ connected: true });
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Tiêu đề cuối cùng' } });
    await vi.waitFor(() => expect(submitButton().getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(submitButton());
    expect(await screen.findByText('Bài đã chuyển sang “Chờ duyệt” và sẽ lên trang ở lần đồng bộ tới.')).toBeTruthy();
    expect(screen.getByTestId('article-status').textContent).toBe('Chờ duyệt');
    await vi.waitFor(() => expect(screen.getByTestId('sync-badge').textContent).toBe('Đang chờ gửi'));
    expect(await api.articles.get({ id: article.id })).toMatchObject({ status: 'submitted', title: 'Tiêu đề cuối cùng' });
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Bài đang chờ biên tập duyệt.')).toBeTruthy();
  });

  it('says a title is needed before submitting', async () => {
    await setup({ connected: true, title: '' });
    await vi.waitFor(() => expect(submitButton().getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(submitButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Bài cần có tiêu đề trước khi gửi duyệt.');
    expect(screen.getByTestId('article-status').textContent).toBe('Bản nháp');
  });

  it('after "Đồng bộ ngay": synced, then returned with the editor\'s note', async () => {
    const { api, article } = await setup({ connected: true });
    await vi.waitFor(() => expect(submitButton().getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(submitButton());
    await screen.findByText('Bài đã chuyển sang “Chờ duyệt” và sẽ lên trang ở lần đồng bộ tới.');
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ ngay' }));
    await vi.waitFor(() => expect(screen.getByTestId('sync-summary').textContent).toBe('Đã đồng bộ: gửi 1 bài.'));
    await vi.waitFor(() => expect(screen.getByTestId('sync-badge').textContent).toBe('Đã đồng bộ'));
    expect(screen.getByRole('link', { name: 'Xem trên trang' }).getAttribute('href')).toMatch(new RegExp(`^${escapeRegExp(site.url)}/\\?p=\\d+$`));

    const { remoteId } = await api.sync.status({ id: article.id });
    const post = await rest<{ status: string; title: { raw: string } }>(site, 'GET', `/wp/v2/posts/${remoteId}?context=edit`, { as: 'editor' });
    expect(post.body).toMatchObject({ status: 'pending', title: { raw: SAMPLE.title } });
    // The editor sends it back with a note, as the plugin's panel in wp-admin does.
    const returned = await rest(site, 'POST', `/wp/v2/posts/${remoteId}`, {
      as: 'editor',
      json: { status: 'draft', meta: { toasoan_editorial_note: 'Bổ sung số liệu quý II.' } },
    });
    expect(returned.status).toBe(200);
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ ngay' }));
    await vi.waitFor(() => expect(screen.getByTestId('sync-summary').textContent).toBe('Đã đồng bộ: nhận 1 bài.'));
    expect(await screen.findByText('Bổ sung số liệu quý II.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ghi chú của biên tập' })).toBeTruthy();
  });

  it('shows "Đang đồng bộ…" while syncing, then why the site could not be reached', async () => {
    await setup({ connected: true });
    // The site goes down for the rest of the file: keep this test last.
    await site.stopServer();
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Đồng bộ ngay' })).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Đồng bộ ngay' }));
    expect(screen.getByRole('button', { name: 'Đang đồng bộ…' })).toBeTruthy();
    await vi.waitFor(() =>
      expect(screen.getByTestId('sync-summary').textContent).toBe(
        'Không kết nối được tới trang. Bài vẫn được lưu trên máy và sẽ tự gửi khi có mạng.',
      ),
    );
  });
});
