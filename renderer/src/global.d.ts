import type { ToasoanBridge } from '../../shared/contract/index.ts';

declare global {
  interface Window {
    /** Put there by the Electron preload, or by the browser harness's bridge script. */
    toasoan?: ToasoanBridge;
  }
}
