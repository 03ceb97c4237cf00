/**
 * Calls `fire` once `touch` has not been called for `delayMs`. A debounce that costs a
 * clock read per touch instead of clearing and setting a timer: it is touched on every
 * keystroke of the body, and the typing path stays as short as it can be.
 */
export class QuietTimer {
  private readonly fire: () => void;
  private readonly delayMs: number;
  private last = 0;
  private handle: ReturnType<typeof setTimeout> | undefined;

  constructor(fire: () => void, delayMs: number) {
    this.fire = fire;
    this.delayMs = delayMs;
  }

  touch(): void {
    this.last = Date.now();
    if (this.handle === undefined) this.arm(this.delayMs);
  }

  cancel(): void {
    clearTimeout(this.handle);
    this.handle = undefined;
  }

  private arm(ms: number): void {
    this.handle = setTimeout(() => {
      this.handle = undefined;
      const left = this.last + this.delayMs - Date.now();
      if (left > 0) this.arm(left);
      else this.fire();
    }, ms);
  }
}
