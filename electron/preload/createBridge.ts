import {
  IPC_PREFIX,
  isChannel,
  type Channel,
  type Envelope,
  type ToasoanBridge,
} from '../../shared/contract/index.ts';

/** `ipcRenderer.invoke` in the app; a fake in tests. */
export type RawInvoke = (ipcChannel: string, payload: unknown) => Promise<unknown>;

/**
 * The whole of `window.toasoan`. The renderer is treated as untrusted: whatever
 * it passes as a channel is checked against the contract here, so it can never
 * reach an Electron channel outside our prefix, whatever the TypeScript types say.
 */
export function createBridge(invoke: RawInvoke): ToasoanBridge {
  const bridge = {
    async invoke(channel: Channel, payload: unknown): Promise<Envelope<unknown>> {
      if (!isChannel(channel)) {
        return { ok: false, error: { code: 'Validation', message: 'unknown channel', reason: 'unknownChannel' } };
      }
      try {
        // Main always answers with an envelope; it is produced by dispatch(), not by the renderer.
        return (await invoke(IPC_PREFIX + channel, payload)) as Envelope<unknown>;
      } catch {
        // No handler (main still starting or shutting down) or a payload that cannot be cloned.
        return { ok: false, error: { code: 'Internal', message: 'ipc failed', reason: 'disconnected' } };
      }
    },
  } satisfies ToasoanBridge;
  return Object.freeze(bridge);
}
