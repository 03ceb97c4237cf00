import type { SettingsStore } from '../core/settings/SettingsStore.ts';
import type { Rectangle } from './windowBounds.ts';

/** The part of BrowserWindow this needs, so tests can drive a fake. */
export interface TrackedWindow {
  on(event: 'move', listener: () => void): unknown;
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** Dragging fires dozens of move events a second; write once the window has settled. */
export const SAVE_DELAY_MS = 500;

/**
 * Saves the window's normal (un-maximised) bounds plus whether it is maximised,
 * so the next start restores both: a maximised window un-maximises to where it was.
 */
export function trackWindowBounds(win: TrackedWindow, settings: SettingsStore, delayMs = SAVE_DELAY_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    const { x, y, width, height } = win.getNormalBounds();
    settings.set('windowBounds', { x, y, width, height, maximized: win.isMaximized() });
  };
  const saveSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };

  win.on('move', saveSoon);
  win.on('resize', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  // Still alive during 'close', so the final position is read before the window goes.
  win.on('close', save);
}
