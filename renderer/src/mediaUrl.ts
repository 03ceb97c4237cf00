const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isMediaHash(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/**
 * Where the page reads a photo from the local library: `media/<hash>` beside the
 * page, which main serves as app://toasoan/media/<hash> and the harness as
 * /media/<hash>. Relative to the document so the renderer never learns which.
 */
export function mediaUrl(hash: string): string {
  return new URL(`media/${hash}`, document.baseURI).href;
}
