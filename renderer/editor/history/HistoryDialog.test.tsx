import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { EditorView } from '../EditorView.tsx';

async function setup() {
  const { api } = loopbackApi();
  const article = await api.articles.create({ title: 'Hòa bình cho vùng biên', body: docFromPlainText('Chiều nay, hội nghị diễn ra.') });
  renderWithApi(<EditorView id={article.id} onClose={vi.fn()} />, api);
  await screen.findByDisplayValue('Hòa bình cho vùng biên');
  return { api, article };
}

const openHistory = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Lịch sử phiên bản' }));
  return within(await screen.findByRole('dialog', { name: 'Lịch sử phiên bản' }));
};

describe('version history in the editor', () => {
  it('names a version, compares it word by word with the text now, accents counted', async () => {
    await setup();
    let dialog = await openHistory();
    fireEvent.change(dialog.getByLabelText('Tên cho phiên bản hiện tại (không bắt buộc)'), { target: { value: 'Bản gửi tổng biên tập' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu phiên bản' }));
    await dialog.findByText('Đã lưu phiên bản.');
    await dialog.findByText('Bản gửi tổng biên tập');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });

    // Typed, not yet saved: "now" is what the form holds this instant.
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Hoà bình cho vùng biên giới' } });
    dialog = await openHistory();
    fireEvent.click(within((await dialog.findByText('Bản gửi tổng biên tập')).closest('li') as HTMLElement).getByRole('checkbox'));
    fireEvent.click(dialog.getByRole('button', { name: 'So sánh với nội dung hiện tại' }));
    const comparison = await dialog.findByRole('region', { name: 'So sánh' });
    expect(within(comparison).getByRole('heading', { name: 'Tiêu đề' })).toBeTruthy();
    expect(Array.from(comparison.querySelectorAll('del')).map((node) => node.textContent)).toEqual(['Hòa']);
    expect(Array.from(comparison.querySelectorAll('ins')).map((node) => node.textContent)).toEqual(['Hoà', ' giới']);
  });

  it('restores a version, keeping the replaced text as a version, and the editor shows it', async () => {
    const { api, article } = await setup();
    await api.articles.saveRevision({ id: article.id, label: 'Bản đầu' });
    let dialog = await openHistory();
    await dialog.findByText('Bản đầu');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Tít đã sửa' } });
    dialog = await openHistory();
    const row = (await dialog.findByText('Bản đầu')).closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Khôi phục' }));
    const confirm = within(dialog.getByRole('alertdialog'));
    fireEvent.click(confirm.getByRole('button', { name: 'Khôi phục' }));
    expect(await screen.findByDisplayValue('Hòa bình cho vùng biên')).toBeTruthy();
    const kinds = (await api.articles.listRevisions({ id: article.id })).map((revision) => [revision.kind, revision.title]);
    expect(kinds).toContainEqual(['beforeRestore', 'Tít đã sửa']);
    expect((await api.articles.get({ id: article.id })).title).toBe('Hòa bình cho vùng biên');
  });

  it('compares two chosen versions field by field, inline and side by side', async () => {
    const { api, article } = await setup();
    await api.articles.saveRevision({ id: article.id, label: 'Một' });
    await api.articles.update({ id: article.id, changes: { title: 'Hoà bình cho vùng biên giới' } });
    await api.articles.saveRevision({ id: article.id, label: 'Hai' });
    const dialog = await openHistory();
    for (const name of ['Một', 'Hai']) fireEvent.click(within((await dialog.findByText(name)).closest('li') as HTMLElement).getByRole('checkbox'));
    fireEvent.click(dialog.getByRole('button', { name: 'So sánh hai bản đã chọn' }));
    const comparison = await dialog.findByRole('region', { name: 'So sánh' });
    expect(Array.from(comparison.querySelectorAll('del')).map((node) => node.textContent)).toEqual(['Hòa']);
    expect(Array.from(comparison.querySelectorAll('ins')).map((node) => node.textContent)).toEqual(['Hoà', ' giới']);
    fireEvent.click(within(comparison).getByRole('button', { name: 'Hai cột' }));
    expect(within(comparison).getByRole('group', { name: 'Bản cũ hơn' }).textContent).toBe('Hòa bình cho vùng biên');
    expect(within(comparison).getByRole('group', { name: 'Bản mới hơn' }).textContent).toBe('Hoà bình cho vùng biên giới');
  });
});
