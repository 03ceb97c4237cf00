import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../support/core.ts';
import { cameraJpeg, type EditPost } from '../sync/fixture.ts';
import { startWordPress, type WordPressSite } from '../wordpress/startWordPress.ts';
import { rest } from '../wordpress/rest.ts';
import { newBlankArticle, openSession, waitForSaved } from './session.ts';

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress({ plugin: true });
}, 60_000);

afterAll(async () => {
  await site?.stop();
});

describe('a contributor writes offline and the article reaches the site when it comes back', () => {
  it('connects, writes with the site down, then syncs to "Chờ duyệt" with every field', async () => {
    const { page } = await openSession();

    // Connect as a contributor by pasting an application password.
    await page.getByRole('link', { name: 'Kết nối trang' }).first().click();
    await page.getByLabel('Địa chỉ trang').fill(site.url);
    await page.getByLabel('Tên đăng nhập').fill(site.users.contributor.login);
    await page.getByLabel('Mật khẩu ứng dụng').fill(site.users.contributor.appPassword);
    await page.getByRole('button', { name: 'Kết nối', exact: true }).click();
    await page.getByText(/Đã kết nối/).first().waitFor();

    // The newsroom's site goes away; the reporter keeps working.
    await site.stopServer();
    await page.getByRole('link', { name: /Thư viện|Bài viết/ }).first().click();
    await newBlankArticle(page);
    await page.getByLabel('Tiêu đề').click();
    await page.keyboard.type(SAMPLE.title);
    await page.getByLabel('Sapo').click();
    await page.keyboard.type(SAMPLE.sapo);
    await page.getByLabel('Nội dung').click();
    await page.keyboard.type(SAMPLE.body[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SAMPLE.body[1]);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chèn ảnh' }).click();
    await (await chooser).setFiles({ name: 'Hội nghị giao ban.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(1600, 1200) });
    await page.getByLabel('Chú thích ảnh').fill('Quang cảnh hội nghị');
    await page.getByLabel('Bút danh').fill(SAMPLE.byline);
    await page.getByLabel('Chuyên mục').selectOption('Trong tỉnh');
    await page.getByLabel('Thẻ').fill('Quảng Trị, Tuyên giáo');
    await waitForSaved(page);

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.getByText('Chờ duyệt').first().waitFor();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).first().click();
    await page.getByText(/Không kết nối được tới trang/).first().waitFor();

    // The site is back.
    await site.startServer();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).first().click();
    await page.getByText('Đã đồng bộ').first().waitFor({ timeout: 30_000 });

    const posts = await rest<EditPost[]>(site, 'GET', '/wp/v2/posts?context=edit&status=any&per_page=10', { as: 'editor' });
    expect(posts.body).toHaveLength(1);
    const post = posts.body[0] as EditPost;
    expect(post.status).toBe('pending');
    expect(post.title.raw).toBe(SAMPLE.title);
    expect(post.excerpt.raw).toBe(SAMPLE.sapo);
    expect(post.content.raw).toContain(`<!-- wp:paragraph -->\n<p>${SAMPLE.body[0]}</p>\n<!-- /wp:paragraph -->`);
    expect(post.content.raw).toContain('<!-- wp:image');
    expect(post.content.raw).toContain('Quang cảnh hội nghị');
    expect(post.categories).toEqual([site.categories.find((category) => category.name === 'Trong tỉnh')?.id]);
    const tags = await rest<{ name: string }[]>(site, 'GET', `/wp/v2/tags?include=${post.tags.join(',')}`, { as: 'editor' });
    expect(tags.body.map((tag) => tag.name).sort()).toEqual(['Quảng Trị', 'Tuyên giáo']);
    expect(post.featured_media).toBeGreaterThan(0);
  });

  it('connects through WordPress’s own authorize-application page, with the password handed back to the app', async () => {
    const { page } = await openSession();
    await page.getByRole('link', { name: 'Kết nối trang' }).first().click();
    await page.getByLabel('Địa chỉ trang').fill(site.url);
    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Kết nối qua trang WordPress' }).click();
    const popup = await popupOpened;
    // WordPress asks the reporter to log in, then to approve "Tòa soạn – <computer>".
    // Its login page moves focus to the user field 200 ms after load; a fill still in
    // progress then would type the password into the user field, so wait for that first.
    await popup.waitForFunction(() => document.activeElement?.id === 'user_login');
    await popup.locator('#user_login').fill(site.users.author.login);
    await popup.locator('#user_pass').fill('test-password');
    expect(await popup.locator('#user_login').inputValue()).toBe(site.users.author.login);
    await popup.locator('#wp-submit').click();
    await popup.waitForURL(/authorize-application\.php/);
    await popup.locator('#approve').click();
    await popup.getByText(/Đã kết nối/).waitFor();
    await page.getByText('Phóng viên').first().waitFor({ timeout: 15_000 });
    const passwords = await rest<{ name: string }[]>(site, 'GET', `/wp/v2/users/${site.users.author.id}/application-passwords`, { as: 'admin' });
    expect(passwords.body.map((password) => password.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Tòa soạn – /)]));
  });
});
