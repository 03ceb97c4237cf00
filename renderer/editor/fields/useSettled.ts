import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`. Work that walks the whole
 * body (counts, the photo list) runs on this, not on every keystroke: typing a long
 * article must cost the same as typing a short one (issue 4, "Speed").
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
