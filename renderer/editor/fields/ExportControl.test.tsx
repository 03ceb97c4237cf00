import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import { loopbackApi } from '../../../tests/support/loopbackApi.ts';
import { renderWithApi } from '../../test/renderWithApi.tsx';
import { ExportControl } from './ExportControl.tsx';

describe('ExportControl', () => {
  it('saves first, then hands over the article as a file in the chosen format', async () => {
    const { api } = loopbackApi();
    const article = await api.articles.create({ title: 'Mùa lúa mới', sapo: '(QTO) - Được mùa.', body: docFromPlainText('Năng suất đạt 60 tạ/ha.') });
    const saveFirst = vi.fn(async () => true);
    const save = vi.fn();
    renderWithApi(<ExportControl articleId={article.id} saveFirst={saveFirst} save={save} />, api);
    fireEvent.change(screen.getByLabelText('Định dạng xuất'), { target: { value: 'md' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xuất bài' }));
    expect(await screen.findByText('Đã xuất Mùa lúa mới.md.')).toBeTruthy();
    expect(saveFirst).toHaveBeenCalledOnce();
    const [fileName, dataBase64] = save.mock.calls[0] as [string, string];
    expect(fileName).toBe('Mùa lúa mới.md');
    expect(new TextDecoder().decode(Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0)))).toBe(
      '# Mùa lúa mới\n\n**(QTO) - Được mùa.**\n\nNăng suất đạt 60 tạ/ha.\n',
    );
  });

  it('exports nothing when the save before it failed', async () => {
    const { api } = loopbackApi();
    const article = await api.articles.create({ title: 'Bài' });
    const save = vi.fn();
    renderWithApi(<ExportControl articleId={article.id} saveFirst={async () => false} save={save} />, api);
    fireEvent.click(screen.getByRole('button', { name: 'Xuất bài' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(save).not.toHaveBeenCalled();
  });
});
