import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDoc } from '../../shared/domain/document.ts';
import { Figure } from './extensions/figure.ts';
import { FigurePanel, selectedFigure } from './FigurePanel.tsx';
import { droppedFiles, pastedFiles } from './imageFiles.ts';
import { useImageImport } from './useImageImport.ts';

export interface BodyEditorProps {
  initial: BodyDoc;
  labelledBy: string;
  onChange(body: BodyDoc): void;
}

type ImportFiles = (files: readonly File[], position?: number | 'end') => Promise<void>;

/** Where a drop landed in the document; jsdom and some drags give no coordinates to map. */
function dropPosition(editor: Editor | null, event: DragEvent): number | undefined {
  try {
    return editor?.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
  } catch {
    return undefined;
  }
}

/** The article body: TipTap (StarterKit + photos), with photos added by button, drop or paste. */
export function BodyEditor({ initial, labelledBy, onChange }: BodyEditorProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  // The editor is built once; its DOM handlers reach the current importer through this ref.
  const importRef = useRef<ImportFiles | undefined>(undefined);
  const editorRef = useRef<Editor | null>(null);
  // Until the reporter has been in the body, its cursor sits at the very top: a photo then goes at the end.
  const visitedRef = useRef(false);
  const captionId = useId();

  const editor = useEditor({
    extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: true } }), Figure],
    content: initial,
    // TipTap would inject a <style> element, which the app's CSP (style-src 'self') blocks; styles.css carries it.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        class: 'body-editor',
        spellcheck: 'true',
        lang: 'vi',
      },
      // Enter on a selected photo opens its caption, the keyboard's way into the figure panel.
      handleKeyDown: (_view, event) => {
        if (event.key !== 'Enter' || event.shiftKey || event.isComposing || selectedFigure(editorRef.current) === null) return false;
        const caption = document.getElementById(captionId);
        if (caption === null) return false;
        event.preventDefault();
        caption.focus();
        return true;
      },
      handleDOMEvents: {
        drop: (_view, event) => {
          const files = droppedFiles(event.dataTransfer);
          if (files.length === 0) return false;
          event.preventDefault();
          void importRef.current?.(files, dropPosition(editorRef.current, event));
          return true;
        },
        paste: (_view, event) => {
          const files = pastedFiles(event.clipboardData);
          if (files.length === 0) return false;
          event.preventDefault();
          void importRef.current?.(files, visitedRef.current ? undefined : 'end');
          return true;
        },
      },
    },
    onFocus: () => {
      visitedRef.current = true;
    },
    // The JSON is what gets stored; HTML is derived only when publishing.
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as BodyDoc),
  });
  editorRef.current = editor;

  const images = useImageImport(editor);
  importRef.current = images.importFiles;

  useEffect(() => () => editor?.destroy(), [editor]);

  return (
    <div className="body-editor-wrap">
      <div className="body-toolbar" role="group" aria-label={t('media.toolbar')}>
        <button type="button" className="button-quiet" disabled={images.busy} onClick={() => fileInput.current?.click()}>
          {t('media.insert')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          multiple
          hidden
          aria-label={t('media.choose')}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Cleared so choosing the same file again still fires a change.
            event.target.value = '';
            void images.importFiles(files, visitedRef.current ? undefined : 'end');
          }}
        />
        <span className="muted body-toolbar-hint" role="status">
          {images.busy ? t('media.importing') : t('media.dropHint')}
        </span>
      </div>
      {images.error !== undefined && (
        <p className="error-text media-error" role="alert">
          {images.error}
        </p>
      )}
      <FigurePanel editor={editor} captionId={captionId} />
      <EditorContent editor={editor} className="body-editor-frame" />
    </div>
  );
}
