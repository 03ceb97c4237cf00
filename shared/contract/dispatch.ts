import type { z } from 'zod';
import { contract, isChannel, type Envelope, type Handlers } from './index.ts';
import { AppError, type ErrorPayload } from './errors.ts';

const REASON_BY_ZOD_CODE: Record<string, string> = {
  too_big: 'tooLong',
  too_small: 'tooShort',
  invalid_type: 'invalidShape',
  unrecognized_keys: 'unknownField',
  invalid_format: 'invalidFormat',
  invalid_value: 'invalidValue',
};

export function validationPayload(error: z.ZodError): ErrorPayload {
  const issue = error.issues[0];
  const params = issue && 'params' in issue ? (issue.params as { reason?: unknown; max?: unknown } | undefined) : undefined;
  // Limits on numbers read as a range ("from 320 to 8192"), not as a length.
  const numeric = issue !== undefined && (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number';
  const reason =
    typeof params?.reason === 'string' ? params.reason : numeric ? 'outOfRange' : (issue && REASON_BY_ZOD_CODE[issue.code]) ?? 'invalidShape';
  const payload: ErrorPayload = { code: 'Validation', message: issue?.message ?? 'invalid input', reason };
  if (issue && issue.path.length > 0) payload.field = issue.path.map(String).join('.');
  const max = typeof params?.max === 'number' ? params.max : issue?.code === 'too_big' ? Number(issue.maximum) : undefined;
  if (max !== undefined && Number.isFinite(max)) payload.max = max;
  const min = issue?.code === 'too_small' ? Number(issue.minimum) : undefined;
  if (min !== undefined && Number.isFinite(min)) payload.min = min;
  return payload;
}

export interface DispatchOptions {
  /** Called with failures that are not AppErrors, for the log; the caller sees only `Internal`. */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

/**
 * The one entry point every transport calls: checks the channel, validates the
 * payload against the contract and turns any failure into an error envelope, so a
 * bad message can never crash main or reach a handler unvalidated.
 */
/**
 * A full disk or a folder that cannot be written is the machine's doing, not a bug: said in
 * words ("Ổ đĩa đã đầy…"). SQLite and Node name them by `code`; nothing was half-written,
 * since every write is one transaction.
 */
export function machineFailure(error: unknown): ErrorPayload | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'Internal', message: 'disk full', reason: 'diskFull' };
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return { code: 'Internal', message: 'not writable', reason: 'notWritable' };
  return undefined;
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'Validation', message: 'unknown channel', reason: 'unknownChannel' } };
  }
  const [domain, method] = channel.split('.') as [keyof typeof contract, string];
  const schema = (contract[domain] as Record<string, z.ZodType>)[method];
  const handler = (handlers[domain] as Record<string, ((input: unknown) => Promise<unknown>) | undefined>)[method];
  if (schema === undefined) return { ok: false, error: { code: 'Internal', message: `no schema for ${channel}` } };
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return { ok: false, error: validationPayload(parsed.error) };
  if (handler === undefined) return { ok: false, error: { code: 'Internal', message: `no handler for ${channel}` } };
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() };
    const machine = machineFailure(error);
    if (machine !== undefined) return { ok: false, error: machine };
    options.onUnexpectedError?.(channel, error);
    return { ok: false, error: { code: 'Internal', message: 'internal error', reason: 'unexpected' } };
  }
}
