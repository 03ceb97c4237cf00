import { contract, type Channel, type ToasoanApi, type ToasoanBridge } from './index.ts';
import type { ErrorCode, ErrorPayload } from './errors.ts';

/** A failed call, as the renderer sees it: translate `code`/`reason`, never show `message` raw. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  readonly field: string | undefined;
  readonly max: number | undefined;
  readonly min: number | undefined;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.reason = payload.reason;
    this.field = payload.field;
    this.max = payload.max;
    this.min = payload.min;
  }
}

/** A typed API over whichever bridge the page has (the Electron preload or the harness). */
export function createClient(bridge: ToasoanBridge): ToasoanApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domain, methods] of Object.entries(contract)) {
    const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(methods)) {
      const channel = `${domain}.${method}` as Channel;
      calls[method] = async (input) => {
        const envelope = await bridge.invoke(channel, input);
        if (!envelope.ok) throw new ApiError(envelope.error);
        return envelope.value;
      };
    }
    api[domain] = calls;
  }
  // Built from the same `contract` object the interfaces are checked against (see index.ts).
  return api as unknown as ToasoanApi;
}
