import { useCallback, useState } from 'react';
import type { FindMode, FindRequest } from './FindReplacePanel.tsx';

/** The panel's open state for its host: Ctrl+F / Ctrl+H call `open`, the panel calls `close`. */
export function useFindRequest(): { request: FindRequest | null; open(mode: FindMode): void; close(): void } {
  const [request, setRequest] = useState<FindRequest | null>(null);
  const open = useCallback((mode: FindMode) => setRequest((previous) => ({ mode, seq: (previous?.seq ?? 0) + 1 })), []);
  const close = useCallback(() => setRequest(null), []);
  return { request, open, close };
}
