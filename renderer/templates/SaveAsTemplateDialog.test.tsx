import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';
import { SAMPLE } from '../../tests/support/core.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { ArticleForm } from '../editor/ArticleForm.tsx';
import { renderWithApi } from '../test/renderWithApi.tsx';

async function setup() {
  const loop = loopbackApi();
  const article = await loop.api.articles.create({ title: 'Nháp', sapo: SAMPLE.sapo, byline: SAMPLE.byline, body: docFromPlainText('PV: [Câu hỏi]') });
  renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
  return { ...loop, article };
}

function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Lưu làm mẫu…' }));
  return within(screen.getByRole('dialog', { name: 'Lưu bài làm mẫu' }));
}

describe('SaveAsTemplateDialog', () => {
  it('saves what was just typed as a new template, without pen name or source prefix', async () => {
    const { api } = await setup();
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Phỏng vấn nhanh' } });
    const dialog = openDialog();
    fireEvent.change(dialog.getByLabelText('Tên mẫu'), { target: { value: 'Phỏng vấn nhanh' } });
    fireEvent.change(dialog.getByLabelText('Mô tả mẫu'), { target: { value: 'Ba câu hỏi.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu mẫu' }));
    await screen.findByText('Đã lưu mẫu “Phỏng vấn nhanh”.');
    expect(screen.queryByRole('dialog')).toBeNull();
    const summary = (await api.templates.list({})).find((template) => template.name === 'Phỏng vấn nhanh');
    const template = await api.templates.get({ id: summary?.id ?? '' });
    expect(template).toMatchObject({ description: 'Ba câu hỏi.' });
    expect(template.fields).toMatchObject({ title: 'Phỏng vấn nhanh', sapo: SAMPLE.sapo.replace('(QTO) - ', ''), body: docFromPlainText('PV: [Câu hỏi]') });
  });

  it('replaces the content of an existing template', async () => {
    const { api } = await setup();
    const dialog = openDialog();
    fireEvent.click(dialog.getByLabelText('Thay một mẫu có sẵn bằng bài này'));
    fireEvent.change(await dialog.findByLabelText('Mẫu cần thay'), { target: { value: 'phong-van' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu mẫu' }));
    await screen.findByText('Đã lưu mẫu “Phỏng vấn”.');
    expect((await api.templates.get({ id: 'phong-van' })).fields.body).toEqual(docFromPlainText('PV: [Câu hỏi]'));
  });

  it('keeps the dialog open with the reason when the name is taken', async () => {
    await setup();
    const dialog = openDialog();
    fireEvent.change(dialog.getByLabelText('Tên mẫu'), { target: { value: 'tin ngắn' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu mẫu' }));
    expect((await dialog.findByRole('alert')).textContent).toBe('Đã có mẫu mang tên này. Hãy chọn tên khác.');
  });

  it('makes no template from an article that could not be saved', async () => {
    const { api, setOffline } = await setup();
    setOffline(true);
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Chưa lưu' } });
    const dialog = openDialog();
    fireEvent.change(dialog.getByLabelText('Tên mẫu'), { target: { value: 'Mẫu hỏng' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Lưu mẫu' }));
    await vi.waitFor(() => expect(dialog.getByRole('alert').textContent).toBe('Bài chưa lưu được nên chưa lưu làm mẫu. Hãy thử lại khi bài đã lưu.'));
    setOffline(false);
    expect((await api.templates.list({})).map((template) => template.name)).not.toContain('Mẫu hỏng');
  });
});
