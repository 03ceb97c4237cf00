/** A Chrome trace event, as much of it as the typing figures read. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid?: number;
  tid?: number;
  args?: { data?: { type?: string } };
}

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

/**
 * Per keystroke, the time the page spent dispatching its keydown, keypress and keyup
 * events (`EventDispatch` in the `devtools.timeline` trace), summed, in milliseconds:
 * the "type" figure of WordPress's block-editor performance suite. ProseMirror reads the
 * typed text from DOM mutations in the microtask after the input event, and the input
 * event is dispatched inside keypress, so the editor's own work is inside that sum.
 * Pairs the n-th keydown with the n-th keypress and keyup, as that suite does; keys
 * whose three events are not all present are an error, not a silent gap.
 */
export function keystrokeDurations(events: readonly TraceEvent[], expectedKeys: number): number[] {
  const byType = new Map<string, number[]>(KEY_EVENTS.map((type) => [type, []]));
  const ordered = events.filter((event) => event.name === 'EventDispatch' && event.ph === 'X').sort((a, b) => a.ts - b.ts);
  for (const event of ordered) {
    const type = event.args?.data?.type;
    if (type !== undefined) byType.get(type)?.push((event.dur ?? 0) / 1000);
  }
  for (const [type, durations] of byType) {
    if (durations.length !== expectedKeys) {
      throw new Error(`trace has ${durations.length} ${type} events for ${expectedKeys} keys`);
    }
  }
  return Array.from({ length: expectedKeys }, (_, index) =>
    KEY_EVENTS.reduce((total, type) => total + (byType.get(type)?.[index] ?? 0), 0),
  );
}
