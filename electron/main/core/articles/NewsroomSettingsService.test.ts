import { describe, expect, it } from 'vitest';
import { DEFAULT_NEWSROOM, type NewsroomSettings } from '../../../../shared/domain/article.ts';
import { MemorySettingsStore } from '../settings/SettingsStore.ts';
import { NewsroomSettingsService } from './NewsroomSettingsService.ts';

describe('NewsroomSettingsService', () => {
  it('starts from the desk defaults: 100 characters of headline, 60 words of lead, no prefix', () => {
    expect(new NewsroomSettingsService(new MemorySettingsStore()).get()).toEqual(DEFAULT_NEWSROOM);
    expect(DEFAULT_NEWSROOM).toMatchObject({ titleMaxChars: 100, sapoMaxWords: 60, sourcePrefix: '', defaultByline: '' });
  });

  it('changes only what it is given and persists through the store', () => {
    const store = new MemorySettingsStore();
    const service = new NewsroomSettingsService(store);
    service.set({ sourcePrefix: 'QTO', typography: { curlyQuotes: true } });
    const saved = service.set({ defaultByline: 'Minh Đức', titleMaxChars: 90 });
    expect(saved).toEqual({ ...DEFAULT_NEWSROOM, sourcePrefix: 'QTO', defaultByline: 'Minh Đức', titleMaxChars: 90, typography: { curlyQuotes: true, ellipsis: false } });
    expect(new NewsroomSettingsService(store).get()).toEqual(saved);
  });

  it('falls back field by field when the stored file was edited by hand', () => {
    const store = new MemorySettingsStore();
    store.set('newsroom', { titleMaxChars: 'nhiều', sapoMaxWords: 45, sourcePrefix: '(QTO)', defaultByline: 7, typography: null } as unknown as NewsroomSettings);
    expect(new NewsroomSettingsService(store).get()).toEqual({ ...DEFAULT_NEWSROOM, sapoMaxWords: 45 });
  });
});
