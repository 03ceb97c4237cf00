/** WordPress's authorize-application page hands the new password to this URL. */
export const AUTH_CALLBACK_URL = 'toasoan://auth';

/**
 * The callback, if this URL (macOS `open-url`) or one of these arguments (Windows
 * and Linux start a second instance with the URL in argv) is one. Anything else
 * with our scheme is ignored: it could come from any web page.
 */
export function authCallbackParams(input: string | readonly string[]): URLSearchParams | undefined {
  const candidates = typeof input === 'string' ? [input] : input;
  for (const candidate of candidates) {
    if (!candidate.startsWith(`${AUTH_CALLBACK_URL}?`) && !candidate.startsWith(`${AUTH_CALLBACK_URL}/?`)) continue;
    try {
      return new URL(candidate).searchParams;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
