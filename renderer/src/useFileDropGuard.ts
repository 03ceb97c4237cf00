import { useEffect } from 'react';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * A photo dropped just beside the body would make the browser open the file in
 * place of the app (the harness) or be refused as navigation (Electron). Outside
 * the body a file drop does nothing; the body handles its own.
 */
export function useFileDropGuard(): void {
  useEffect(() => {
    const swallow = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);
}
