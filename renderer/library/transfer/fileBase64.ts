import { downloadBlob } from '../../src/downloadBlob.ts';

/** A file's bytes as base64, for the bridge (which carries JSON). */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole 10 MB array would overflow the call stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  md: 'text/markdown',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Saves an export through the browser's download (Electron asks where to save it). */
export function downloadBase64(fileName: string, dataBase64: string): void {
  const binary = atob(dataBase64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  const extension = /\.([a-z]+)$/.exec(fileName)?.[1] ?? '';
  downloadBlob(fileName, new Blob([bytes], { type: TYPES[extension] ?? 'application/octet-stream' }));
}
