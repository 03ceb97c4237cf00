import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySettingsStore } from '../core/settings/SettingsStore.ts';
import { trackWindowBounds, type TrackedWindow } from './trackWindowBounds.ts';

function fakeWindow() {
  const listeners = new Map<string, () => void>();
  const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false, destroyed: false };
  const win: TrackedWindow = {
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    getNormalBounds: () => state.bounds,
    isMaximized: () => state.maximized,
    isDestroyed: () => state.destroyed,
  };
  return { win, state, emit: (event: string) => listeners.get(event)?.() };
}

describe('trackWindowBounds', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once the window stops moving, not on every event', () => {
    const settings = new MemorySettingsStore();
    const set = vi.spyOn(settings, 'set');
    const { win, state, emit } = fakeWindow();
    trackWindowBounds(win, settings, 500);
    for (let x = 10; x < 300; x += 10) {
      state.bounds = { ...state.bounds, x };
      emit('move');
      vi.advanceTimersByTime(50);
    }
    expect(set).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(set).toHaveBeenCalledOnce();
    expect(settings.get('windowBounds')).toEqual({ x: 290, y: 20, width: 1000, height: 700, maximized: false });
  });

  it('keeps the normal bounds and the maximised flag separately', () => {
    const settings = new MemorySettingsStore();
    const { win, state, emit } = fakeWindow();
    trackWindowBounds(win, settings, 500);
    state.maximized = true;
    emit('maximize');
    vi.advanceTimersByTime(500);
    expect(settings.get('windowBounds')).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('saves immediately on close, without waiting for the pending save', () => {
    const settings = new MemorySettingsStore();
    const set = vi.spyOn(settings, 'set');
    const { win, state, emit } = fakeWindow();
    trackWindowBounds(win, settings, 500);
    state.bounds = { ...state.bounds, width: 1111 };
    emit('resize');
    emit('close');
    expect(settings.get('windowBounds')).toMatchObject({ width: 1111 });
    vi.advanceTimersByTime(1000);
    expect(set).toHaveBeenCalledOnce();
  });

  it('does not touch a destroyed window', () => {
    const settings = new MemorySettingsStore();
    const { win, state, emit } = fakeWindow();
    trackWindowBounds(win, settings, 500);
    emit('move');
    state.destroyed = true;
    vi.advanceTimersByTime(500);
    expect(settings.get('windowBounds')).toBeUndefined();
  });
});
