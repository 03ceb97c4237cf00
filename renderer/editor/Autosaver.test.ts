import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './Autosaver.ts';

type Changes = Parameters<ConstructorParameters<typeof Autosaver>[0]>[0];

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 400 ms after the last change, with all changes merged', async () => {
    const saves: Changes[] = [];
    const states: SaveState['kind'][] = [];
    const saver = new Autosaver(async (changes) => void saves.push(changes), (state) => states.push(state.kind));
    saver.change({ title: 'G' });
    await vi.advanceTimersByTimeAsync(300);
    saver.change({ title: 'Gi' });
    saver.change({ sapo: 'S' });
    await vi.advanceTimersByTimeAsync(399);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ title: 'Gi', sapo: 'S' }]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasUnsaved).toBe(false);
  });

  it('never runs two saves at once and sends what was typed during a save next', async () => {
    const saves: Changes[] = [];
    const gates = [deferred(), deferred()];
    let active = 0;
    let maxActive = 0;
    const saver = new Autosaver(async (changes) => {
      saves.push(changes);
      active += 1;
      maxActive = Math.max(maxActive, active);
      await gates[saves.length - 1]?.promise;
      active -= 1;
    }, () => undefined);
    saver.change({ title: 'một' });
    await vi.advanceTimersByTimeAsync(400);
    saver.change({ title: 'một hai' });
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toHaveLength(1);
    gates[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    gates[1]?.resolve();
    await saver.flush();
    expect(saves).toEqual([{ title: 'một' }, { title: 'một hai' }]);
    expect(maxActive).toBe(1);
  });

  it('keeps a failed batch, reports it, and retries it merged under newer text', async () => {
    const saves: Changes[] = [];
    const states: SaveState[] = [];
    let fail = true;
    const saver = new Autosaver(
      async (changes) => {
        saves.push(changes);
        if (fail) throw new Error('offline');
      },
      (state) => states.push(state),
      { retryMs: 1_000 },
    );
    saver.change({ title: 'A', sapo: 'lead' });
    await vi.advanceTimersByTimeAsync(400);
    expect(states.at(-1)).toMatchObject({ kind: 'failed' });
    expect(saver.hasUnsaved).toBe(true);
    fail = false;
    saver.change({ title: 'AB' });
    await vi.advanceTimersByTimeAsync(400);
    expect(saves.at(-1)).toEqual({ title: 'AB', sapo: 'lead' });
    expect(states.at(-1)?.kind).toBe('saved');
  });

  it('retries by itself after a failure when nothing else is typed', async () => {
    let calls = 0;
    const saver = new Autosaver(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
    }, () => undefined, { retryMs: 1_000 });
    saver.change({ title: 'x' });
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    expect(saver.hasUnsaved).toBe(false);
  });

  it('flush saves immediately without waiting for the debounce', async () => {
    const saves: Changes[] = [];
    const saver = new Autosaver(async (changes) => void saves.push(changes), () => undefined);
    saver.change({ byline: 'Minh Đức' });
    await saver.flush();
    expect(saves).toEqual([{ byline: 'Minh Đức' }]);
  });
});
