/**
 * The Content-Security-Policy sent with every app:// response (a header, not a
 * <meta>, so `frame-ancestors` is honoured and nothing in the page can weaken it).
 *
 * - No 'unsafe-inline' / 'unsafe-eval' anywhere: the Vite build has no inline
 *   scripts, and React and ProseMirror set styles through the CSSOM
 *   (`el.style.x = …`, `style.cssText`), which CSP does not govern. What *is*
 *   blocked: `<style>` elements injected at runtime (TipTap's `injectCSS`, on by
 *   default; the editor must pass `injectCSS: false` and ship those rules in a
 *   stylesheet) and `setAttribute('style', …)`, which ProseMirror uses for a node
 *   whose renderHTML returns a `style` attribute (e.g. TextAlign): prefer classes.
 * - zod 4 probes `new Function` once to decide on its JIT; the probe is caught,
 *   but logs a violation unless the renderer sets `z.config({ jitless: true })`.
 * - `img-src data: blob:`: pasted images and local previews before upload.
 * - Only applies to app://; in `electron-vite dev` the page comes from Vite's
 *   server, which needs inline scripts for React Fast Refresh.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
