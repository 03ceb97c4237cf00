import type { Editor } from '@tiptap/react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMAGE_BYTES } from '../../shared/contract/media.ts';
import { describeError } from '../../shared/i18n/index.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { fileNameOf, readAsBase64 } from './imageFiles.ts';

/** Selects the figure just inserted for `hash`, so the caption panel opens on it. */
function selectInsertedFigure(editor: Editor, hash: string, near: number): void {
  let best: number | undefined;
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name !== 'figure' || node.attrs.media !== hash) return;
    if (best === undefined || Math.abs(pos - near) < Math.abs(best - near)) best = pos;
  });
  if (best !== undefined) editor.commands.setNodeSelection(best);
}

/**
 * Photos into the body: each file goes to the local media library first, and only
 * a stored photo becomes a figure. A refused file (not an image, too large) leaves
 * the text exactly as it was and says why.
 */
export function useImageImport(editor: Editor | null) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const editorRef = useRef(editor);
  editorRef.current = editor;

  const importFiles = useCallback(
    async (files: readonly File[], position?: number | 'end') => {
      if (files.length === 0) return;
      setBusy(true);
      setError(undefined);
      const failures: string[] = [];
      let at = position;
      for (const file of files) {
        const name = fileNameOf(file);
        try {
          if (file.size > MAX_IMAGE_BYTES) {
            failures.push(t('media.failed', { name, reason: describeError(t, { code: 'Validation', reason: 'fileTooLarge' }) }));
            continue;
          }
          const info = await api.media.import({ fileName: name, dataBase64: await readAsBase64(file) });
          const current = editorRef.current;
          if (current === null || current.isDestroyed) break;
          // The reporter may have typed while the photo was stored: keep the drop point inside the document.
          const size = current.state.doc.content.size;
          const target = at === undefined ? current.state.selection.to : at === 'end' ? size : Math.min(at, size);
          current.chain().insertFigure({ media: info.hash }, target).run();
          selectInsertedFigure(current, info.hash, target);
          at = undefined;
        } catch (caught) {
          failures.push(t('media.failed', { name, reason: errorMessage(t, caught) }));
        }
      }
      setBusy(false);
      if (failures.length > 0) setError(failures.join(' '));
    },
    [api, t],
  );

  return { importFiles, busy, error };
}
