import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENT_MATCH_CLASS, EMPTY_QUERY, editorFindState, type FindReplaceStorage, type SearchQuery } from './findReplace.ts';
import './findReplace.css';

export type FindMode = 'find' | 'replace';

/** An open request: `seq` changes on every Ctrl+F / Ctrl+H, so pressing it again refocuses the panel. */
export interface FindRequest {
  mode: FindMode;
  seq: number;
}

export interface FindReplacePanelProps {
  /** The body editor, built with the `FindReplace` extension. */
  editor: Editor | null;
  /** null: closed (the panel renders nothing and the editor does no search work). */
  request: FindRequest | null;
  onClose(): void;
}

/** Brings the current match into view without moving the caret while the reporter is still typing the query. */
function revealCurrent(editor: Editor): void {
  const element = editor.view.dom.querySelector(`.${CURRENT_MATCH_CLASS}`);
  if (element instanceof HTMLElement && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
}

/**
 * "Tìm và thay thế" over the body: Enter / Shift+Enter step through the matches,
 * Esc closes and puts the caret back in the text at the last match, Enter in the
 * replace field replaces the current match. The count is announced politely.
 */
export function FindReplacePanel({ editor, request, onClose }: FindReplacePanelProps) {
  if (request === null || editor === null) return null;
  return <OpenPanel editor={editor} request={request} onClose={onClose} />;
}

function OpenPanel({ editor, request, onClose }: { editor: Editor; request: FindRequest; onClose(): void }) {
  const { t } = useTranslation();
  const ids = { find: useId(), replace: useId(), keys: useId() };
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState<SearchQuery>(() => {
    // Text selected in the body is what the reporter most likely wants to find.
    const { from, to, empty } = editor.state.selection;
    const selected = empty ? '' : editor.state.doc.textBetween(from, to, ' ');
    return { ...EMPTY_QUERY, ...(editor.storage.findReplace as FindReplaceStorage | undefined)?.lastOptions, text: selected.length <= 200 ? selected : '' };
  });
  const [replacement, setReplacement] = useState('');
  const [showReplace, setShowReplace] = useState(request.mode === 'replace');
  const [message, setMessage] = useState('');
  const { total, current } = useEditorState({
    editor,
    selector: ({ editor: live }) => {
      const state = editorFindState(live);
      return { total: state.matches.length, current: state.current };
    },
  });

  useEffect(() => {
    if (request.mode === 'replace') setShowReplace(true);
    const target = request.mode === 'replace' && findInput.current?.value !== '' ? replaceInput.current : findInput.current;
    target?.focus();
    target?.select();
  }, [request]);

  useEffect(() => {
    editor.commands.setSearchQuery(query);
    revealCurrent(editor);
  }, [editor, query]);

  // Closing (or leaving the editor) takes the highlights away; the options are remembered for next time.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.clearSearch();
    },
    [editor],
  );

  const close = () => {
    onClose();
    // No scroll: the last match is on screen already, and the caret is on it.
    editor.commands.focus(null, { scrollIntoView: false });
  };

  const onFindKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) editor.commands.findPrevious();
      else editor.commands.findNext();
    }
  };

  const onReplaceKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.key !== 'Enter') return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) replaceAll();
    else editor.commands.replaceCurrent(replacement);
  };

  const replaceAll = () => {
    const count = total;
    if (editor.commands.replaceAll(replacement)) setMessage(t('findReplace.replaced', { count }));
  };

  const setOption = (option: 'matchCase' | 'ignoreAccents', value: boolean) => {
    setQuery((previous) => ({ ...previous, [option]: value }));
    const storage = editor.storage.findReplace as FindReplaceStorage | undefined;
    if (storage !== undefined) storage.lastOptions = { ...storage.lastOptions, [option]: value };
  };

  const status =
    query.text === '' ? '' : total === 0 ? t('findReplace.none') : current === -1 ? t('findReplace.total', { count: total }) : t('findReplace.position', { current: current + 1, total });

  return (
    <div
      className="find-panel"
      role="search"
      aria-label={t('findReplace.region')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <div className="find-row">
        <label className="find-replace-label" htmlFor={ids.find}>{t('findReplace.find')}</label>
        <input
          ref={findInput}
          id={ids.find}
          className="text-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          lang="vi"
          placeholder={t('findReplace.findPlaceholder')}
          aria-describedby={ids.keys}
          value={query.text}
          onChange={(event) => {
            setMessage('');
            setQuery((previous) => ({ ...previous, text: event.target.value }));
          }}
          onKeyDown={onFindKey}
        />
        <span className={`find-count${query.text !== '' && total === 0 ? ' find-count-none' : ''}`} role="status" aria-live="polite" data-testid="find-count">
          {message !== '' ? message : status}
        </span>
        <button type="button" className="button-quiet find-icon-button" aria-label={t('findReplace.previous')} title={t('findReplace.previous')} disabled={total === 0} onClick={() => editor.commands.findPrevious()}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="button-quiet find-icon-button" aria-label={t('findReplace.next')} title={t('findReplace.next')} disabled={total === 0} onClick={() => editor.commands.findNext()}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="button-quiet" aria-expanded={showReplace} aria-controls={ids.replace} onClick={() => setShowReplace((shown) => !shown)}>
          {t('findReplace.showReplace')}
        </button>
        <button type="button" className="button-quiet find-icon-button" aria-label={t('findReplace.close')} title={t('findReplace.close')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="find-row" id={ids.replace} hidden={!showReplace}>
        <label className="find-replace-label" htmlFor={`${ids.replace}-input`}>{t('findReplace.replaceWith')}</label>
        <input
          ref={replaceInput}
          id={`${ids.replace}-input`}
          className="text-input"
          type="text"
          autoComplete="off"
          lang="vi"
          placeholder={t('findReplace.replacePlaceholder')}
          value={replacement}
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={onReplaceKey}
        />
        <button type="button" className="button-quiet" disabled={current === -1} onClick={() => editor.commands.replaceCurrent(replacement)}>
          {t('findReplace.replace')}
        </button>
        <button type="button" className="button-quiet" disabled={total === 0} onClick={replaceAll}>
          {t('findReplace.replaceAll')}
        </button>
      </div>
      <div className="find-options">
        <label>
          <input type="checkbox" checked={query.matchCase} onChange={(event) => setOption('matchCase', event.target.checked)} />
          {t('findReplace.matchCase')}
        </label>
        <label>
          <input type="checkbox" checked={query.ignoreAccents} onChange={(event) => setOption('ignoreAccents', event.target.checked)} />
          {t('findReplace.ignoreAccents')}
        </label>
        <span id={ids.keys} className="muted find-keys">{t('findReplace.keys')}</span>
      </div>
    </div>
  );
}
