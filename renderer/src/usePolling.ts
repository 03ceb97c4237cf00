import { useEffect } from 'react';

/**
 * Calls `refresh` every `ms` while mounted. Main syncs in the background and has no
 * push channel to the page yet, so views that show sync state re-read it (a local
 * SQLite read, cheap) rather than go stale.
 */
export function usePolling(refresh: () => void, ms: number): void {
  useEffect(() => {
    const timer = setInterval(refresh, ms);
    return () => clearInterval(timer);
  }, [refresh, ms]);
}
