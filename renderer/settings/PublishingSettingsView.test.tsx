import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PUBLISHING } from '../../shared/domain/site.ts';
import { loopbackApi } from '../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../test/renderWithApi.tsx';
import { PublishingSettingsView } from './PublishingSettingsView.tsx';

describe('PublishingSettingsView', () => {
  it('shows the stored settings and saves changes', async () => {
    const { api } = loopbackApi();
    renderWithApi(<PublishingSettingsView />, api);
    const byline = (await screen.findByLabelText('Thêm bút danh thành đoạn cuối bài, căn phải')) as HTMLInputElement;
    expect(byline.checked).toBe(DEFAULT_PUBLISHING.bylineParagraph);
    expect((screen.getByLabelText('Cạnh dài nhất của ảnh khi gửi lên trang (điểm ảnh)') as HTMLInputElement).value).toBe('2048');
    expect((screen.getByLabelText('Chất lượng ảnh JPEG (40–100)') as HTMLInputElement).value).toBe('82');
    expect((screen.getByLabelText('Tự đồng bộ') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Mỗi 5 phút');

    fireEvent.click(byline);
    fireEvent.change(screen.getByLabelText('Cạnh dài nhất của ảnh khi gửi lên trang (điểm ảnh)'), { target: { value: '1600' } });
    fireEvent.change(screen.getByLabelText('Chất lượng ảnh JPEG (40–100)'), { target: { value: '75' } });
    fireEvent.change(screen.getByLabelText('Tự đồng bộ'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeTruthy();
    expect(await api.sync.getSettings({})).toEqual({ bylineParagraph: false, imageMaxSide: 1600, jpegQuality: 75, syncIntervalMinutes: 0 });
  });

  it('refuses a number out of range with a sentence about numbers, and stores nothing', async () => {
    const { api, calls } = loopbackApi();
    renderWithApi(<PublishingSettingsView />, api);
    const quality = await screen.findByLabelText('Chất lượng ảnh JPEG (40–100)');
    fireEvent.change(quality, { target: { value: '120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await vi.waitFor(() =>
      expect(screen.getByText('Chất lượng ảnh JPEG (40–100): hãy nhập một số nguyên từ 40 đến 100.')).toBeTruthy(),
    );
    expect(quality.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.channel === 'sync.setSettings')).toBe(false);
  });
});
