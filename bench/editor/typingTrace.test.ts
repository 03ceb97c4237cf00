import { describe, expect, it } from 'vitest';
import { keystrokeDurations, type TraceEvent } from './typingTrace.ts';

const dispatch = (type: string, ts: number, durMs: number): TraceEvent => ({
  name: 'EventDispatch',
  ph: 'X',
  ts,
  dur: durMs * 1000,
  args: { data: { type } },
});

describe('keystrokeDurations', () => {
  it('sums keydown, keypress and keyup of each key, in time order', () => {
    const events = [
      dispatch('keyup', 1_300, 0.1),
      dispatch('keydown', 1_000, 0.5),
      dispatch('keypress', 1_100, 2),
      dispatch('keydown', 100_000, 0.25),
      dispatch('keypress', 100_100, 1.5),
      dispatch('keyup', 100_300, 0.25),
      dispatch('input', 1_150, 9),
      { name: 'FunctionCall', ph: 'X', ts: 1_000, dur: 99_000 },
    ];
    const [first, second] = keystrokeDurations(events, 2);
    expect(first).toBeCloseTo(2.6, 6);
    expect(second).toBeCloseTo(2, 6);
  });

  it('refuses a trace that lost events rather than pairing the wrong ones', () => {
    const events = [dispatch('keydown', 1, 1), dispatch('keypress', 2, 1), dispatch('keyup', 3, 1), dispatch('keydown', 4, 1)];
    expect(() => keystrokeDurations(events, 2)).toThrow(/1 keypress events for 2 keys/);
  });
});
