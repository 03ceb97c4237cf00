import type { ArticleFields } from '../../shared/domain/article.ts';
import { QuietTimer } from './QuietTimer.ts';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown };

/** 400 ms after the last keystroke: under the 500 ms the desk asked for, and rare enough to be cheap. */
export const AUTOSAVE_DELAY_MS = 400;
export const AUTOSAVE_RETRY_MS = 3_000;

type Changes = Partial<ArticleFields>;

/**
 * A change whose value may be read later: the body passes a reader of the document as it
 * was after the keystroke, so serialising 10,000 words happens once per save, not per key.
 */
export type DeferredChanges = { [K in keyof ArticleFields]?: ArticleFields[K] | (() => ArticleFields[K]) };

function resolve(changes: DeferredChanges): Changes {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) out[key] = typeof value === 'function' ? (value as () => unknown)() : value;
  return out as Changes;
}

/**
 * Debounces edits into saves, one in flight at a time. Changes made while a save
 * runs are merged and sent next; a failed save keeps its changes so the next
 * attempt (another keystroke, or `flush`) sends them again: nothing typed is dropped.
 */
export class Autosaver {
  private readonly save: (changes: Changes) => Promise<void>;
  private readonly onState: (state: SaveState) => void;
  private readonly delayMs: number;
  private readonly retryMs: number;
  private pending: DeferredChanges = {};
  private lastState: SaveState['kind'] | undefined;
  private readonly quiet: QuietTimer;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | undefined;
  private lastError: unknown;

  constructor(
    save: (changes: Changes) => Promise<void>,
    onState: (state: SaveState) => void,
    options: { delayMs?: number; retryMs?: number } = {},
  ) {
    this.save = save;
    this.onState = onState;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
    this.quiet = new QuietTimer(() => void this.run(), this.delayMs);
  }

  get hasUnsaved(): boolean {
    return Object.keys(this.pending).length > 0 || this.inFlight !== undefined;
  }

  change(changes: DeferredChanges): void {
    this.pending = { ...this.pending, ...changes };
    if (this.inFlight === undefined) this.notify({ kind: 'pending' });
    clearTimeout(this.retryTimer);
    this.quiet.touch();
  }

  /** Saves now (leaving the editor, closing the window); resolves when everything typed is stored or failed. */
  async flush(): Promise<void> {
    this.dispose();
    await this.run();
  }

  dispose(): void {
    this.quiet.cancel();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async run(): Promise<void> {
    while (this.inFlight !== undefined) await this.inFlight.catch(() => undefined);
    if (Object.keys(this.pending).length === 0) return;
    const batch = resolve(this.pending);
    this.pending = {};
    this.notify({ kind: 'saving' });
    this.inFlight = this.save(batch);
    try {
      await this.inFlight;
      this.lastError = undefined;
    } catch (error) {
      // Put the batch back under anything typed since, so the newest text wins.
      this.pending = { ...batch, ...this.pending };
      this.lastError = error;
    } finally {
      this.inFlight = undefined;
    }
    if (this.lastError !== undefined) {
      this.notify({ kind: 'failed', error: this.lastError });
      // A lost connection heals by itself; retry quietly unless the reporter types first.
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => void this.run(), this.retryMs);
    } else if (Object.keys(this.pending).length > 0) {
      // Typed during the save: change() has already scheduled the next one.
      this.notify({ kind: 'pending' });
    } else this.notify({ kind: 'saved' });
  }

  /** Every keystroke asks for "pending"; only a change of state reaches the screen (and re-renders it). */
  private notify(state: SaveState): void {
    if (state.kind !== 'failed' && state.kind === this.lastState) return;
    this.lastState = state.kind;
    this.onState(state);
  }
}
