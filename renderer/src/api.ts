import { createClient } from '../../shared/contract/client.ts';
import type { ToasoanApi } from '../../shared/contract/index.ts';

/** The typed API over `window.toasoan`; the renderer never learns which transport is behind it. */
export function connectApi(): ToasoanApi | undefined {
  return window.toasoan === undefined ? undefined : createClient(window.toasoan);
}
