import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Channel, Domain, Envelope, Handlers, ToasoanApi } from '../../shared/contract/index.ts';

/** What a channel's handler resolves to, read off the contract's interfaces. */
export type ChannelResult<C extends Channel> = C extends `${infer D extends Domain}.${infer M}`
  ? M extends keyof ToasoanApi[D]
    ? ToasoanApi[D][M] extends (input: never) => Promise<infer R>
      ? R
      : never
    : never
  : never;

export type Call = <C extends Channel>(channel: C, payload: unknown) => Promise<Envelope<ChannelResult<C>>>;

/**
 * Every CLI read and write goes through `dispatch`, exactly as IPC does, so the CLI
 * gets the app's validation, NFC normalisation and error envelopes for free.
 */
export function callerFor(handlers: Handlers, onUnexpectedError?: (channel: string, error: unknown) => void): Call {
  return async <C extends Channel>(channel: C, payload: unknown) => {
    const options = onUnexpectedError === undefined ? {} : { onUnexpectedError };
    // dispatch returns Envelope<unknown>; the handler it ran is typed by this same contract.
    return (await dispatch(handlers, channel, payload, options)) as Envelope<ChannelResult<C>>;
  };
}
