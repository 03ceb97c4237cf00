import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { LibraryView } from '../LibraryView.tsx';

async function setup() {
  const { api } = loopbackApi();
  const peace = await api.articles.create({ title: 'Giữ gìn hòa bình', sapo: '(QTO) - Cuộc sống hòa bình ở vùng biên giới Hướng Hóa.' });
  const flowers = await api.articles.create({ title: 'Mùa hoa bình yên' });
  await api.articles.create({ title: 'Giá lúa tăng' });
  const onOpen = vi.fn();
  renderWithApi(<LibraryView scope="library" onOpen={onOpen} onShowScope={vi.fn()} />, api);
  await screen.findByRole('button', { name: 'Giá lúa tăng' });
  return { api, onOpen, peace, flowers };
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Tìm trong thư viện' });
const hitTitles = async () => {
  const results = await screen.findByRole('region', { name: 'Kết quả tìm kiếm' });
  return within(results).getAllByRole('listitem').map((item) => item.querySelector('.search-hit-title')?.textContent);
};

describe('searching the library', () => {
  it('finds accented articles from an unaccented query, exact accents first, with the words marked', async () => {
    const { onOpen, peace } = await setup();
    fireEvent.change(searchBox(), { target: { value: 'hòa bình' } });
    expect(await screen.findByText('Tìm thấy 2 bài.')).toBeTruthy();
    expect(await hitTitles()).toEqual(['Giữ gìn hòa bình', 'Mùa hoa bình yên']);
    const first = screen.getAllByRole('listitem')[0];
    expect(Array.from(first?.querySelectorAll('mark') ?? []).map((mark) => mark.textContent)).toEqual(['hòa', 'bình', 'hòa', 'bình']);
    expect(first?.querySelector('.search-snippet')?.textContent).toContain('Cuộc sống hòa bình');
    // The library table gives way to the results while searching.
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Giữ gìn hòa bình' }));
    expect(onOpen).toHaveBeenCalledWith(peace.id);
  });

  it('filters by status, sorts by date, and Esc brings the library back', async () => {
    const { api, flowers } = await setup();
    await api.articles.update({ id: flowers.id, changes: { sapo: 'Hoa nở.' } });
    fireEvent.change(searchBox(), { target: { value: 'binh' } });
    await screen.findByText('Tìm thấy 2 bài.');
    fireEvent.click(screen.getByRole('button', { name: 'Bộ lọc' }));
    fireEvent.change(screen.getByLabelText('Sắp xếp'), { target: { value: 'date' } });
    await vi.waitFor(async () => expect(await hitTitles()).toEqual(['Mùa hoa bình yên', 'Giữ gìn hòa bình']));
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'submitted' } });
    expect(await screen.findByText('Không tìm thấy bài nào.')).toBeTruthy();
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(await screen.findByRole('table')).toBeTruthy();
    expect((searchBox() as HTMLInputElement).value).toBe('');
  });

  it('searches phrases and follows the query as it changes', async () => {
    await setup();
    fireEvent.change(searchBox(), { target: { value: '"hoa binh"' } });
    await screen.findByText('Tìm thấy 2 bài.');
    fireEvent.change(searchBox(), { target: { value: 'lua' } });
    await screen.findByText('Tìm thấy 1 bài.');
  });
});
