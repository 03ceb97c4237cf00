import { useEditorState, type Editor } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { figureAttrs, type FigureAttrs } from './extensions/figure.ts';

type TextAttr = 'caption' | 'credit' | 'alt';

export function selectedFigure(editor: Editor | null): { pos: number; attrs: FigureAttrs } | null {
  const selection = editor?.state.selection;
  if (!(selection instanceof NodeSelection) || selection.node.type.name !== 'figure') return null;
  return { pos: selection.from, attrs: figureAttrs(selection.node.attrs) };
}

/**
 * Caption, credit and alt of the selected photo. A panel rather than inputs inside
 * the node: form fields inside contenteditable fight ProseMirror for keys and focus.
 */
export interface FigurePanelProps {
  editor: Editor | null;
  /** The caption input's id, so Enter on a selected photo in the body can move here. */
  captionId: string;
}

export function FigurePanel({ editor, captionId }: FigurePanelProps) {
  const { t } = useTranslation();
  const ids = { caption: captionId, credit: useId(), alt: useId(), heading: useId(), keys: useId() };
  const selected = useEditorState({ editor, selector: ({ editor: current }) => selectedFigure(current) });
  if (editor === null || selected === null || selected === undefined) return null;

  // setNodeAttribute is an attribute step: the node is not replaced, so the selection (and this panel) stays.
  const update = (name: TextAttr, value: string) => {
    editor.view.dispatch(editor.state.tr.setNodeAttribute(selected.pos, name, value));
  };
  // Esc goes back to the body with the photo still selected, where the reporter left off.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    editor.view.focus();
  };
  const remove = () => {
    editor.chain().focus().deleteSelection().run();
  };

  const field = (name: TextAttr, label: string) => (
    <div className={`figure-field figure-field-${name}`}>
      <label className="field-label" htmlFor={ids[name]}>{label}</label>
      <input
        id={ids[name]}
        className="text-input"
        aria-describedby={ids.keys}
        value={selected.attrs[name]}
        onKeyDown={onKeyDown}
        onChange={(event) => update(name, event.target.value)}
      />
    </div>
  );

  return (
    <div className="figure-panel" role="group" aria-labelledby={ids.heading}>
      <span id={ids.heading} className="figure-panel-heading">
        {t('media.figure.heading')} <small id={ids.keys} className="muted">{t('media.figure.keys')}</small>
      </span>
      {field('caption', t('media.figure.caption'))}
      {field('credit', t('media.figure.credit'))}
      {field('alt', t('media.figure.alt'))}
      <button type="button" className="button-quiet" onClick={remove}>
        {t('media.figure.remove')}
      </button>
    </div>
  );
}
