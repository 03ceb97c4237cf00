import { TEMPLATE_LIMITS } from '../../shared/templates/template.ts';
import { downloadBlob } from '../src/downloadBlob.ts';

/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function downloadText(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
}

export type SaveFile = (fileName: string, text: string) => void;

/**
 * A chosen file's text, or undefined when it is too large to be a template file:
 * checked by size first so a reporter who picks a video is not made to wait for it.
 * n bytes of UTF-8 decode to at least n/3 UTF-16 code units, so this never refuses a file the core would take.
 */
export async function readTemplateFile(file: File): Promise<string | undefined> {
  if (file.size > TEMPLATE_LIMITS.fileChars * 3) return undefined;
  return file.text();
}
