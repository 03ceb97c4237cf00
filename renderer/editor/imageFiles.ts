/** The file's bytes as base64, as `media.import` takes them (the bridge carries JSON, not binary). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Files carried by a drop. */
export function droppedFiles(transfer: DataTransfer | null): File[] {
  if (transfer === null) return [];
  const files = Array.from(transfer.files ?? []);
  if (files.length > 0) return files;
  return Array.from(transfer.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
}

/**
 * Files carried by a paste, unless the clipboard also has text: Word and LibreOffice
 * put a picture of the copied passage beside its text, and the reporter meant the text.
 */
export function pastedFiles(data: DataTransfer | null): File[] {
  if (data === null) return [];
  if (data.getData('text/plain').trim() !== '') return [];
  return droppedFiles(data);
}

/** Pasted screenshots arrive without a name; the library and the site still want one. */
export function fileNameOf(file: File): string {
  if (file.name.trim() !== '') return file.name;
  const extension = /^image\/([a-z0-9.+-]+)$/i.exec(file.type)?.[1]?.replace('jpeg', 'jpg') ?? 'bin';
  return `anh.${extension}`;
}
