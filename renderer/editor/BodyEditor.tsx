import { useEditor, type Editor, type EditorOptions, type Extensions } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDoc } from '../../shared/domain/articleBody.ts';
import { upgradeBody } from '../../shared/schema/index.ts';
import { DEFAULT_TYPOGRAPHY, type TypographyOptions } from '../../shared/text/typography.ts';
import { newsroomExtensions } from './extensions/index.ts';
import { FigurePanel, selectedFigure } from './FigurePanel.tsx';
import { FindReplace } from './findReplace/findReplace.ts';
import { FindReplacePanel } from './findReplace/FindReplacePanel.tsx';
import { useFindRequest } from './findReplace/useFindRequest.ts';
import { droppedFiles, pastedFiles } from './imageFiles.ts';
import { PasteHygiene } from './paste/PasteHygiene.ts';
import { PasteNotices } from './paste/PasteNotices.tsx';
import { ShortcutHelpDialog } from './shortcuts/ShortcutHelpDialog.tsx';
import { syncSelectionBeforeKey } from './typing/syncSelection.ts';
import { useEditorShortcuts } from './shortcuts/useEditorShortcuts.ts';
import { BlockFields } from './toolbar/BlockFields.tsx';
import { BodyToolbar, TOOLBAR_CURRENT_SELECTOR } from './toolbar/BodyToolbar.tsx';
import type { ToolbarPrompt } from './toolbar/toolbarItems.ts';
import { useImageImport } from './useImageImport.ts';

export interface BodyEditorProps {
  /**
   * The element ProseMirror's own goes into: plain DOM outside React's root (see
   * layer/editorLayer.ts), so no React listener is on the way of a typed character.
   * The toolbar and panels render where the component is, before it.
   */
  host: HTMLElement;
  initial: BodyDoc;
  labelledBy: string;
  /**
   * After every change of the document, with a reader of it: reading serialises the whole
   * body, so the caller reads when it needs the JSON (a save), not on every keystroke.
   */
  onChange(read: () => BodyDoc): void;
  /**
   * Extensions of the editor's other tools (find and replace), added after the newsroom
   * schema's; read once, when the editor is built. They must add no node or mark type.
   */
  extensions?: Extensions;
  /** The editor once built (and null when it goes), for panels the form mounts beside the body. */
  onEditor?(editor: Editor | null): void;
  /** The newsroom's typographic quotes and ellipsis for pasted text; read at each paste. */
  typography?: Readonly<TypographyOptions>;
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

/**
 * The article body: TipTap with the newsroom schema (`extensions/index.ts`), the
 * formatting toolbar above it, photos added by button, drop or paste, and the body's
 * tools: paste hygiene, find and replace (Ctrl+F, Ctrl+H), the shortcut list (Ctrl+/).
 */
export function BodyEditor({ host, initial, labelledBy, onChange, extensions = [], onEditor, typography = DEFAULT_TYPOGRAPHY }: BodyEditorProps) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  // The editor is built once; its DOM handlers reach the current importer through this ref.
  const importRef = useRef<ImportFiles | undefined>(undefined);
  const editorRef = useRef<Editor | null>(null);
  // Until the reporter has been in the body, its cursor sits at the very top: a photo then goes at the end.
  const visitedRef = useRef(false);
  const captionId = useId();
  const toolbarId = useId();
  const [prompt, setPrompt] = useState<ToolbarPrompt | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const find = useFindRequest();
  useEditorShortcuts({ onFind: () => find.open('find'), onReplace: () => find.open('replace'), onHelp: () => setHelpOpen(true) });
  // The paste plugin asks at each paste, so a settings change applies without rebuilding the editor.
  const typographyRef = useRef(typography);
  typographyRef.current = typography;

  // Built once and kept: TipTap's useEditor compares these by identity on every render,
  // and any difference makes it call setOptions, which re-applies the state to the view
  // and puts the selection back in the DOM. On every keystroke that is wasted work, and
  // right after a toolbar click it can undo a caret move the view has not read yet.
  const [options] = useState((): Partial<EditorOptions> => ({
    extensions: [
      ...newsroomExtensions({
        embedLabels: {
          youtube: t('bodyEditor.embedCard.youtube'),
          facebook: t('bodyEditor.embedCard.facebook'),
          tiktok: t('bodyEditor.embedCard.tiktok'),
          other: t('bodyEditor.embedCard.other'),
        },
      }),
      FindReplace,
      PasteHygiene.configure({ typography: () => typographyRef.current }),
      ...extensions,
    ],
    // A body saved by an earlier build (an H1, a relative link) is brought into today's
    // schema first, so its next autosave is not refused.
    content: upgradeBody(initial),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        class: 'body-editor',
        spellcheck: 'true',
        lang: 'vi',
      },
      handleKeyDown: (view, event) => {
        if (event.isComposing) return false;
        syncSelectionBeforeKey(view, event);
        // Alt+F10 reaches the toolbar from the text, as in Word and most web editors.
        if (event.altKey && event.key === 'F10') {
          event.preventDefault();
          document.getElementById(toolbarId)?.querySelector<HTMLElement>(TOOLBAR_CURRENT_SELECTOR)?.focus();
          return true;
        }
        // Ctrl+K asks for a link address, as in Word and Google Docs.
        if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setPrompt('link');
          return true;
        }
        // Enter on a selected photo opens its caption, the keyboard's way into the figure panel.
        if (event.key !== 'Enter' || event.shiftKey || selectedFigure(editorRef.current) === null) return false;
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
  }));

  const editor = useEditor({
    ...options,
    // TipTap would inject a <style> element, which the app's CSP (style-src 'self') blocks; styles.css carries it.
    injectCSS: false,
    onFocus: () => {
      visitedRef.current = true;
    },
    // The JSON is what gets stored; HTML is derived only when publishing. The document is
    // immutable, so the reader gives this version even after later keystrokes or unmount.
    onUpdate: ({ editor: current }) => {
      const doc = current.state.doc;
      onChange(() => doc.toJSON() as BodyDoc);
    },
  });
  editorRef.current = editor;

  const images = useImageImport(editor);
  importRef.current = images.importFiles;

  useEffect(() => () => editor?.destroy(), [editor]);
  // Before paint, so the first frame already shows the text. ProseMirror caches the root it
  // reads the selection from; the view was built in a detached element.
  useLayoutEffect(() => {
    if (editor === null) return undefined;
    const dom = editor.view.dom;
    host.append(dom);
    editor.view.updateRoot();
    return () => dom.remove();
  }, [editor, host]);
  // Through a ref: a new callback each render must not report the same editor again.
  const onEditorRef = useRef(onEditor);
  onEditorRef.current = onEditor;
  useEffect(() => {
    onEditorRef.current?.(editor);
    return () => onEditorRef.current?.(null);
  }, [editor]);

  return (
    <>
      <div className="body-toolbar" id={toolbarId}>
        <BodyToolbar editor={editor} prompt={prompt} onPrompt={setPrompt} />
        <div className="body-toolbar-media" role="group" aria-label={t('media.toolbar')}>
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
      </div>
      <FindReplacePanel editor={editor} request={find.request} onClose={find.close} />
      <PasteNotices editor={editor} />
      {images.error !== undefined && (
        <p className="error-text media-error" role="alert">
          {images.error}
        </p>
      )}
      <FigurePanel editor={editor} captionId={captionId} />
      <BlockFields editor={editor} />
      {helpOpen && <ShortcutHelpDialog editor={editor} onClose={() => setHelpOpen(false)} />}
    </>
  );
}
