import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { docToPlainText } from '../../shared/domain/articleBody.ts';
import { TEMPLATE_FILE_FORMAT } from '../../shared/templates/schema.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';

function jsonFile(name: string, value: unknown): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
}

async function openPicker() {
  const loop = loopbackApi();
  const saved: { fileName: string; text: string }[] = [];
  const onCreated = vi.fn();
  const onClose = vi.fn();
  renderWithApi(<TemplatePicker onCreated={onCreated} onClose={onClose} saveFile={(fileName, text) => saved.push({ fileName, text })} />, loop.api);
  const dialog = screen.getByRole('dialog', { name: 'Viết bài theo mẫu' });
  await within(dialog).findByRole('button', { name: 'Phỏng vấn' });
  return { ...loop, saved, onCreated, onClose, dialog: within(dialog) };
}

async function manage() {
  const opened = await openPicker();
  fireEvent.click(opened.dialog.getByRole('button', { name: 'Quản lý mẫu' }));
  return opened;
}

describe('TemplatePicker on the library', () => {
  it('opens on "Bài mới", starts an article from the chosen template and opens it', async () => {
    const { api } = loopbackApi();
    await api.newsroom.setSettings({ sourcePrefix: 'QTO', defaultByline: 'Minh Đức' });
    const onOpen = vi.fn();
    renderWithApi(<LibraryView scope="library" onOpen={onOpen} onShowScope={vi.fn()} />, api);
    const opener = await screen.findByRole('button', { name: 'Bài mới' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = within(screen.getByRole('dialog', { name: 'Viết bài theo mẫu' }));
    // Keyboard users land on the first choice.
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Trang trắng' }));
    const interview = await dialog.findByRole('button', { name: 'Phỏng vấn' });
    expect(interview.getAttribute('aria-describedby')).not.toBeNull();
    fireEvent.click(interview);
    await vi.waitFor(() => expect(onOpen).toHaveBeenCalledOnce());
    const created = await api.articles.get({ id: onOpen.mock.calls[0]?.[0] as string });
    expect(created).toMatchObject({ sapo: '(QTO) - [Giới thiệu nhân vật và lý do phỏng vấn]', byline: 'Minh Đức' });
    expect(docToPlainText(created.body)).toMatch(/^PV: \[Câu hỏi thứ nhất\]\?/);
  });

  it('closes on Escape and gives focus back, keeping Tab inside while open', async () => {
    const { api } = loopbackApi();
    renderWithApi(<LibraryView scope="library" onOpen={vi.fn()} onShowScope={vi.fn()} />, api);
    const opener = await screen.findByRole('button', { name: 'Bài mới' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog');
    await within(dialog).findByRole('button', { name: 'Ảnh' });
    const close = within(dialog).getByRole('button', { name: 'Đóng' });
    close.focus();
    fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Trang trắng' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    // The library behind is out of reach while the dialog is open.
    expect(opener.closest('[inert]')).not.toBeNull();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(opener.closest('[inert]')).toBeNull();
  });

  it('creates a blank article with the newsroom defaults', async () => {
    const { dialog, onCreated, api } = await openPicker();
    fireEvent.click(dialog.getByRole('button', { name: 'Trang trắng' }));
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect((await api.articles.get({ id: onCreated.mock.calls[0]?.[0] as string })).title).toBe('');
  });
});

describe('TemplatePicker: managing templates', () => {
  it('renames a template in place', async () => {
    const { dialog, api } = await manage();
    fireEvent.click(dialog.getByRole('button', { name: 'Sửa mẫu “Tin ngắn”' }));
    const name = dialog.getByLabelText('Tên mẫu') as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Tin vắn' } });
    fireEvent.change(dialog.getByLabelText('Mô tả mẫu'), { target: { value: 'Dưới 200 chữ.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu' }));
    await dialog.findByText('Đã lưu mẫu “Tin vắn”.');
    expect(await api.templates.get({ id: 'tin-ngan' })).toMatchObject({ name: 'Tin vắn', description: 'Dưới 200 chữ.' });
    expect(document.activeElement).toBe(await dialog.findByRole('button', { name: 'Sửa mẫu “Tin vắn”' }));
  });

  it('says so when a new name is taken, keeping the form open', async () => {
    const { dialog } = await manage();
    fireEvent.click(dialog.getByRole('button', { name: 'Sửa mẫu “Tin ngắn”' }));
    fireEvent.change(dialog.getByLabelText('Tên mẫu'), { target: { value: 'Ảnh' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu' }));
    await dialog.findByText('Đã có mẫu mang tên này. Hãy chọn tên khác.');
    expect(dialog.getByLabelText('Tên mẫu')).toBeTruthy();
  });

  it('duplicates and deletes after asking', async () => {
    const { dialog, api } = await manage();
    fireEvent.click(dialog.getByRole('button', { name: 'Nhân bản mẫu “Phỏng vấn”' }));
    await dialog.findByText('Đã lưu mẫu “Phỏng vấn (bản sao)”.');
    fireEvent.click(await dialog.findByRole('button', { name: 'Nhân bản mẫu “Phỏng vấn”' }));
    await dialog.findByText('Đã lưu mẫu “Phỏng vấn (bản sao 2)”.');
    const copy = (await api.templates.list({})).find((template) => template.name === 'Phỏng vấn (bản sao)');
    expect((await api.templates.get({ id: copy?.id ?? '' })).fields).toEqual((await api.templates.get({ id: 'phong-van' })).fields);

    fireEvent.click(dialog.getByRole('button', { name: 'Xóa mẫu “Phóng sự”' }));
    expect(dialog.getByText('Xóa mẫu “Phóng sự”? Bài đã viết theo mẫu này không bị ảnh hưởng.')).toBeTruthy();
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: 'Thôi' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Xóa mẫu' }));
    await dialog.findByText('Đã xóa mẫu “Phóng sự”.');
    expect((await api.templates.list({})).map((template) => template.id)).not.toContain('phong-su');
  });

  it('exports one template or all of them as JSON files', async () => {
    const { dialog, saved } = await manage();
    fireEvent.click(dialog.getByRole('button', { name: 'Xuất mẫu “Ảnh” ra tệp' }));
    await dialog.findByText('Đã xuất tệp “mau-bai-anh.json”.');
    fireEvent.click(dialog.getByRole('button', { name: 'Xuất tất cả mẫu' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    const all = JSON.parse(saved[1]?.text ?? '') as { format: string; templates: unknown[] };
    expect(all.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(all.templates).toHaveLength(5);
  });

  it('imports a file, and refuses a bad one with the reason and nothing written', async () => {
    const { dialog, api } = await manage();
    const input = dialog.getByLabelText('Tệp mẫu bài (.json)');
    fireEvent.change(input, { target: { files: [jsonFile('tin-the-thao.json', { format: TEMPLATE_FILE_FORMAT, version: 1, templates: [{ name: 'Tin thể thao' }, { name: 'Ảnh' }] })] } });
    await dialog.findByText('Đã nhập 2 mẫu: Tin thể thao, Ảnh (2).');
    const before = await api.templates.list({});

    const bad = { format: TEMPLATE_FILE_FORMAT, version: 1, templates: [{ name: 'Tốt' }, { name: 'x'.repeat(101) }] };
    fireEvent.change(input, { target: { files: [jsonFile('hong.json', bad)] } });
    // "Quá dài" without its number: ApiError does not carry `max` across yet (reported).
    await vi.waitFor(() => expect(dialog.getByRole('status').textContent).toMatch(/^Không nhập được tệp “hong\.json”\. Mẫu thứ 2: Quá dài .*Chưa có mẫu nào được ghi\.$/));
    fireEvent.change(input, { target: { files: [jsonFile('bai.json', '{"title": "Không phải mẫu"}')] } });
    await dialog.findByText('Không nhập được tệp “bai.json”. Tệp này không phải tệp mẫu bài của Tòa soạn. Chưa có mẫu nào được ghi.');
    fireEvent.change(input, { target: { files: [jsonFile('anh.jpg', 'ÿØÿà')] } });
    await dialog.findByText('Không nhập được tệp “anh.jpg”. Tệp này không phải tệp JSON. Chưa có mẫu nào được ghi.');
    expect(await api.templates.list({})).toEqual(before);
  });

  it('speaks English too', async () => {
    const loop = loopbackApi();
    renderWithApi(<TemplatePicker onCreated={vi.fn()} onClose={vi.fn()} saveFile={vi.fn()} />, loop.api, 'en');
    const dialog = within(screen.getByRole('dialog', { name: 'Write from a template' }));
    expect(await dialog.findByRole('button', { name: 'Blank page' })).toBeTruthy();
  });
});
