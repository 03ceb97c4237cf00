import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { ArticleForm } from '../ArticleForm.tsx';

async function setup(sourcePrefix = 'QTO') {
  const loop = loopbackApi();
  await loop.api.newsroom.setSettings({ sourcePrefix, sapoMaxWords: 10 });
  const article = await loop.api.articles.create({});
  renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
  const sapo = screen.getByLabelText('Sapo') as HTMLTextAreaElement;
  // The settings arrive after the first render; the guard is on once the button shows.
  await screen.findByRole('button', { name: 'Bỏ tiền tố (QTO)' });
  return { ...loop, article, sapo };
}

describe('SapoField: source prefix', () => {
  it('starts a new article with the prefix and restores it after Backspace into it', async () => {
    const { sapo } = await setup();
    expect(sapo.value).toBe('(QTO) - ');
    fireEvent.change(sapo, { target: { value: '(QTO) -' } });
    expect(sapo.value).toBe('(QTO) - ');
    expect(sapo.selectionStart).toBe(8);
  });

  it('writes text typed at the very start after the prefix, and survives select-all and retype', async () => {
    const { api, article, sapo } = await setup();
    fireEvent.change(sapo, { target: { value: 'C(QTO) - ' } });
    expect(sapo.value).toBe('(QTO) - C');
    expect(sapo.selectionStart).toBe(9);
    fireEvent.change(sapo, { target: { value: 'Chiều nay, mưa lớn.' } });
    expect(sapo.value).toBe('(QTO) - Chiều nay, mưa lớn.');
    await vi.waitFor(async () => expect((await api.articles.get({ id: article.id })).sapo).toBe('(QTO) - Chiều nay, mưa lớn.'));
  });

  it('leaves an input method alone while it composes and repairs on commit', async () => {
    const { sapo } = await setup();
    fireEvent.compositionStart(sapo);
    fireEvent.change(sapo, { target: { value: 'Vi(QTO) - ' } });
    expect(sapo.value).toBe('Vi(QTO) - ');
    fireEvent.change(sapo, { target: { value: 'Việ(QTO) - ' } });
    fireEvent.compositionEnd(sapo);
    expect(sapo.value).toBe('(QTO) - Việ');
  });

  it('can drop the prefix for a wire story and put it back', async () => {
    const { sapo } = await setup();
    fireEvent.change(sapo, { target: { value: '(QTO) - Tin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tiền tố (QTO)' }));
    expect(sapo.value).toBe('Tin');
    // Without the prefix there is nothing to keep: editing the start is plain editing.
    fireEvent.change(sapo, { target: { value: '(TTXVN) - Tin' } });
    expect(sapo.value).toBe('(TTXVN) - Tin');
    expect(screen.queryByRole('button', { name: 'Thêm tiền tố (QTO)' })).toBeNull();
    fireEvent.change(sapo, { target: { value: 'Tin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiền tố (QTO)' }));
    expect(sapo.value).toBe('(QTO) - Tin');
  });

  it('counts words without the prefix and marks the lead over its limit without blocking it', async () => {
    const { sapo } = await setup();
    expect(screen.getByTestId('sapo-count').textContent).toBe('0/10 chữ');
    const long = `(QTO) - ${Array.from({ length: 12 }, (_, i) => `chữ${i}`).join(' ')}`;
    fireEvent.change(sapo, { target: { value: long } });
    expect(sapo.value).toBe(long);
    const counter = screen.getByTestId('sapo-count');
    expect(counter.textContent).toBe('12/10 chữ · vượt 2');
    expect(counter.className).toContain('soft-count-over');
    expect(sapo.getAttribute('aria-describedby')).toContain(counter.id);
    expect(screen.getByText('Đoạn mở đầu đã dài hơn giới hạn 10 chữ.')).toBeTruthy();
  });

  it('does nothing while the setting is off', async () => {
    const loop = loopbackApi();
    const article = await loop.api.articles.create({ sapo: '(QTO) - Tin' });
    renderWithApi(<ArticleForm article={article} onClose={vi.fn()} />, loop.api);
    const sapo = screen.getByLabelText('Sapo') as HTMLTextAreaElement;
    fireEvent.change(sapo, { target: { value: 'Tin' } });
    expect(sapo.value).toBe('Tin');
    expect(screen.queryByRole('button', { name: /tiền tố/ })).toBeNull();
  });
});
