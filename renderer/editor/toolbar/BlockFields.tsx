import { useEditorState, type Editor } from '@tiptap/react';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type FieldKind = 'factBoxTitle' | 'pullQuoteCitation';

interface BlockField {
  kind: FieldKind;
  value: string;
}

/** The attribute of the block around the cursor that has no place in the text: a fact box's title, a pull quote's speaker. */
export function blockField(editor: Editor | null): BlockField | null {
  const $from = editor?.state.selection.$from;
  if ($from === undefined) return null;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === 'pullQuote') return { kind: 'pullQuoteCitation', value: typeof node.attrs.citation === 'string' ? node.attrs.citation : '' };
    if (node.type.name === 'factBox') return { kind: 'factBoxTitle', value: typeof node.attrs.title === 'string' ? node.attrs.title : '' };
  }
  return null;
}

/**
 * One text field under the toolbar while the cursor is in a fact box or a pull quote,
 * for the attribute the block shows but the text does not hold. A field outside the
 * body for the same reason as the figure panel: inputs inside contenteditable fight
 * ProseMirror for keys, focus and IME composition. Esc goes back to the text.
 */
export function BlockFields({ editor }: { editor: Editor | null }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useEditorState({ editor, selector: ({ editor: current }) => blockField(current) });
  if (editor === null || field === null || field === undefined) return null;

  const update = (value: string) => {
    if (field.kind === 'factBoxTitle') editor.commands.setFactBoxTitle(value);
    else editor.commands.setPullQuoteCitation(value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' && event.key !== 'Enter') return;
    event.preventDefault();
    editor.view.focus();
  };

  return (
    <div className="block-fields">
      <label className="field-label" htmlFor={id}>{t(`bodyEditor.field.${field.kind}`)}</label>
      <input id={id} className="text-input" value={field.value} onKeyDown={onKeyDown} onChange={(event) => update(event.target.value)} />
    </div>
  );
}
