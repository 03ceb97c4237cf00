import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import type { BodyDoc } from '../../shared/domain/document.ts';

export interface BodyEditorProps {
  initial: BodyDoc;
  labelledBy: string;
  onChange(body: BodyDoc): void;
}

/** The article body: TipTap with StarterKit for now (the newsroom schema comes with the editor issue). */
export function BodyEditor({ initial, labelledBy, onChange }: BodyEditorProps) {
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: true } })],
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
    },
    // The JSON is what gets stored; HTML is derived only when publishing.
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as BodyDoc),
  });

  useEffect(() => () => editor?.destroy(), [editor]);

  return <EditorContent editor={editor} className="body-editor-frame" />;
}
