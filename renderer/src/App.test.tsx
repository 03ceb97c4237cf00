import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { App } from './App.tsx';

afterEach(() => {
  window.location.hash = '';
});

describe('App', () => {
  it('reaches every screen from the app bar, marking the current one', async () => {
    const { api } = loopbackApi();
    renderWithApi(<App />, api);
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Thư viện');

    const screens = [
      ['Kết nối trang', '#/trang', 'Kết nối trang mới'],
      ['Nhật ký đồng bộ', '#/nhat-ky', 'Chưa có hoạt động đồng bộ nào.'],
      ['Cài đặt', '#/cai-dat', 'Lưu cài đặt'],
      ['Thư viện', '#/', 'Bài mới'],
    ] as const;
    for (const [label, hash, marker] of screens) {
      const link = screen.getByRole('link', { name: label });
      expect(link.getAttribute('href')).toBe(hash);
      fireEvent.click(link);
      expect(await screen.findAllByText(marker)).not.toHaveLength(0);
      expect(link.getAttribute('aria-current')).toBe('page');
    }
  });
});
