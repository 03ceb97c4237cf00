import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds, type DisplayArea } from './windowBounds.ts';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const monitorOnRight: DisplayArea = { workArea: { x: 1366, y: 0, width: 1920, height: 1050 } };

describe('restoreBounds', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreBounds(undefined, [monitorOnRight], monitorOnRight)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores a saved position that is still on screen', () => {
    const saved = { x: 1500, y: 40, width: 1200, height: 900, maximized: true };
    expect(restoreBounds(saved, [laptop, monitorOnRight], laptop)).toEqual(saved);
  });

  it('recentres on the laptop when the monitor the window was on is gone', () => {
    const saved = { x: 1500, y: 40, width: 1600, height: 1000 };
    const restored = restoreBounds(saved, [laptop], laptop);
    expect(restored.x).toBeUndefined();
    expect(restored.y).toBeUndefined();
    expect(restored).toMatchObject({ width: 1366, height: 728 });
  });

  it('does not count a sliver at the edge, or a title bar above the screen, as visible', () => {
    expect(restoreBounds({ x: 1300, y: 100, width: 800, height: 600 }, [laptop], laptop).x).toBeUndefined();
    expect(restoreBounds({ x: 100, y: -400, width: 800, height: 600 }, [laptop], laptop).x).toBeUndefined();
    expect(restoreBounds({ x: 100, y: 700, width: 800, height: 600 }, [laptop], laptop).x).toBeUndefined();
  });

  it('accepts the few pixels Windows puts a snapped window beyond the work area', () => {
    expect(restoreBounds({ x: -8, y: -8, width: 700, height: 744 }, [laptop], laptop)).toMatchObject({ x: -8, y: -8 });
  });

  it('shrinks a window larger than its display but never below the minimum', () => {
    const tiny = restoreBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop], laptop);
    expect(tiny).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
    const huge = restoreBounds({ x: 0, y: 0, width: 5000, height: 3000 }, [laptop], laptop);
    expect(huge).toMatchObject({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('falls back to defaults for anything malformed in the settings file', () => {
    const garbage = { x: Number.NaN, y: 'top', width: -5, height: Number.POSITIVE_INFINITY } as unknown as Parameters<
      typeof restoreBounds
    >[0];
    expect(restoreBounds(garbage, [monitorOnRight], monitorOnRight)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('copes with no display information at all', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 900, height: 700 }, [])).toEqual({
      width: 900,
      height: 700,
      maximized: false,
    });
  });
});
