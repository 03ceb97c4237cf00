import { CHANNELS, IPC_PREFIX, type Envelope, type Handlers } from '../../../shared/contract/index.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { SenderCheck, SenderFrame } from './trustedSender.ts';

/** What a handler reads from Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The slice of Electron's `ipcMain` used here, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>): void;
}

export interface IpcLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

const UNTRUSTED: Envelope<never> = {
  ok: false,
  error: { code: 'Unauthorized', message: 'untrusted sender' },
};

/**
 * Serves the handler map over `ipcMain.handle`, one Electron channel per contract
 * channel (`toasoan:articles.get`, …). Registering each channel by name, rather
 * than one catch-all channel, means an unknown name never reaches main at all:
 * Electron rejects an invoke that has no handler.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrustedSender: SenderCheck,
  log: IpcLog,
): void {
  const onUnexpectedError = (channel: string, error: unknown): void => log.error(`IPC ${channel} failed`, error);
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, payload) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame)) {
        log.warn(`IPC ${channel} refused from ${frame === null ? 'a destroyed frame' : frame.url}`);
        return UNTRUSTED;
      }
      return dispatch(handlers, channel, payload, { onUnexpectedError });
    });
  }
}
