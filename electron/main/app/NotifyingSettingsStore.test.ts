import { describe, expect, it, vi } from 'vitest';
import { MemorySettingsStore } from '../core/settings/SettingsStore.ts';
import { NotifyingSettingsStore } from './NotifyingSettingsStore.ts';

describe('NotifyingSettingsStore', () => {
  it('writes through and reports changes', () => {
    const inner = new MemorySettingsStore();
    const listener = vi.fn();
    const store = new NotifyingSettingsStore(inner, listener);
    store.set('language', 'en');
    expect(inner.get('language')).toBe('en');
    expect(store.get('language')).toBe('en');
    expect(listener).toHaveBeenCalledWith('language', 'en');
  });

  it('stays quiet when a value is set to what it already was', () => {
    const inner = new MemorySettingsStore();
    inner.set('language', 'vi');
    const listener = vi.fn();
    new NotifyingSettingsStore(inner, listener).set('language', 'vi');
    expect(listener).not.toHaveBeenCalled();
  });
});
