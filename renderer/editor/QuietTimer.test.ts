import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from './QuietTimer.ts';

describe('QuietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once, delayMs after the last touch', async () => {
    const fire = vi.fn();
    const timer = new QuietTimer(fire, 400);
    timer.touch();
    await vi.advanceTimersByTimeAsync(300);
    timer.touch();
    await vi.advanceTimersByTimeAsync(250);
    timer.touch();
    await vi.advanceTimersByTimeAsync(399);
    expect(fire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fire).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer however often it is touched, and can be cancelled', async () => {
    const fire = vi.fn();
    const timer = new QuietTimer(fire, 400);
    for (let key = 0; key < 50; key++) {
      timer.touch();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(vi.getTimerCount()).toBe(1);
    timer.cancel();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fire).not.toHaveBeenCalled();
    timer.touch();
    await vi.advanceTimersByTimeAsync(400);
    expect(fire).toHaveBeenCalledTimes(1);
  });
});
