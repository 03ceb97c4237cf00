import { z } from 'zod';
import type { MediaInfo } from '../domain/site.ts';
import { safeText } from '../text/safeText.ts';

/** 40 MB of image as base64 (~53 MB of text): a full-size DSLR JPEG is 10–25 MB. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

export const mediaInputs = {
  import: z.strictObject({
    fileName: safeText(255).refine((value) => value.trim() !== '', { params: { reason: 'required' } }),
    dataBase64: z
      .string()
      .refine((value) => value.length <= Math.ceil(MAX_IMAGE_BYTES / 3) * 4, { params: { reason: 'fileTooLarge' } })
      .refine((value) => /^[A-Za-z0-9+/]*={0,2}$/.test(value), { params: { reason: 'invalidFormat' } }),
  }),
};

type In<K extends keyof typeof mediaInputs> = z.input<(typeof mediaInputs)[K]>;

export interface MediaApi {
  import(input: In<'import'>): Promise<MediaInfo>;
}
