import type { WindowBounds } from '../core/settings/SettingsStore.ts';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display used here. */
export interface DisplayArea {
  workArea: Rectangle;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the window must be on a display to count as reachable: a grabbable title bar and then some. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;
/** Windows places maximised and snapped windows a few pixels beyond the work area; allow for that. */
const EDGE_TOLERANCE = 16;

export interface RestoredBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The display that shows the window's title bar, if any: the top edge must be on screen, not just a corner. */
function displayShowing(bounds: Rectangle, displays: readonly DisplayArea[]): DisplayArea | undefined {
  return displays.find(({ workArea }) => {
    const shown = overlap(bounds, workArea);
    const topOnScreen =
      bounds.y >= workArea.y - EDGE_TOLERANCE && bounds.y <= workArea.y + workArea.height - MIN_VISIBLE.height;
    return shown.width >= MIN_VISIBLE.width && shown.height >= MIN_VISIBLE.height && topOnScreen;
  });
}

function clampSize(width: number, height: number, area: Rectangle | undefined): { width: number; height: number } {
  const maxWidth = area?.width ?? Number.POSITIVE_INFINITY;
  const maxHeight = area?.height ?? Number.POSITIVE_INFINITY;
  return {
    width: Math.round(Math.max(Math.min(width, maxWidth), Math.min(MIN_SIZE.width, maxWidth))),
    height: Math.round(Math.max(Math.min(height, maxHeight), Math.min(MIN_SIZE.height, maxHeight))),
  };
}

/**
 * Where to open the window, from what was saved last time and the displays now
 * attached. A laptop that was last used with a second monitor must not open on a
 * screen that is no longer there: if the saved position is not visible on any
 * current display, the position is dropped (Electron then centres the window) and
 * the size is fitted to the primary display. The saved value comes from a file a
 * user can edit, so anything malformed falls back to defaults.
 */
export function restoreBounds(
  saved: Partial<WindowBounds> | undefined,
  displays: readonly DisplayArea[],
  primaryDisplay: DisplayArea | undefined = displays[0],
): RestoredBounds {
  const primary = primaryDisplay?.workArea;
  const maximized = saved?.maximized === true;
  const width = isFiniteNumber(saved?.width) && saved.width > 0 ? saved.width : DEFAULT_SIZE.width;
  const height = isFiniteNumber(saved?.height) && saved.height > 0 ? saved.height : DEFAULT_SIZE.height;

  if (isFiniteNumber(saved?.x) && isFiniteNumber(saved?.y)) {
    const wanted = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
    const display = displayShowing(wanted, displays);
    if (display !== undefined) {
      return { x: wanted.x, y: wanted.y, ...clampSize(width, height, display.workArea), maximized };
    }
  }
  return { ...clampSize(width, height, primary), maximized };
}
