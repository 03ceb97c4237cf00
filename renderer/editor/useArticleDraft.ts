import { useCallback, useEffect, useRef, useState } from 'react';
import type { ToasoanApi } from '../../shared/contract/index.ts';
import type { Article, ArticleFields } from '../../shared/domain/article.ts';
import type { BodyDoc } from '../../shared/domain/articleBody.ts';
import { Autosaver, type SaveState } from './Autosaver.ts';
import { QuietTimer } from './QuietTimer.ts';

/**
 * The body reaches `fields` (the counts, the photo list) this long after typing stops;
 * autosave waits 400 ms. Until then a keystroke in the body renders nothing in React.
 */
export const BODY_SETTLE_MS = 300;

/**
 * The editor's working copy of one article. Edits show at once and reach the
 * database through the Autosaver; `flush` is awaited before leaving the editor.
 *
 * The body is the exception to "show at once": TipTap shows it, and a keystroke in a
 * 10,000-word body must not serialise the document nor re-render the form (issue 4,
 * "Speed"). `changeBody` takes a reader of the document instead; the Autosaver reads it
 * when it saves, and `fields.body` follows once typing settles. `current()` gives the
 * article as typed this instant, for anything that must not lag (the preview).
 */
export function useArticleDraft(api: ToasoanApi, article: Article) {
  const [fields, setFields] = useState<ArticleFields>(article);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const saverRef = useRef<Autosaver | undefined>(undefined);
  const bodyReader = useRef<(() => BodyDoc) | undefined>(undefined);
  const settleRef = useRef<QuietTimer | undefined>(undefined);

  if (saverRef.current === undefined) {
    saverRef.current = new Autosaver(async (changes) => {
      await api.articles.update({ id: article.id, changes });
    }, setSaveState);
  }
  const saver = saverRef.current;
  if (settleRef.current === undefined) {
    settleRef.current = new QuietTimer(() => {
      const read = bodyReader.current;
      bodyReader.current = undefined;
      if (read !== undefined) setFields((current) => ({ ...current, body: read() }));
    }, BODY_SETTLE_MS);
  }
  const settle = settleRef.current;

  useEffect(() => {
    const onPageHide = () => void saver.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      settle.cancel();
      // Leaving by any route still saves what was typed.
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver, settle]);

  const change = useCallback(
    (changes: Partial<ArticleFields>) => {
      setFields((current) => ({ ...current, ...changes }));
      saver.change(changes);
    },
    [saver],
  );

  const changeBody = useCallback(
    (read: () => BodyDoc) => {
      bodyReader.current = read;
      saver.change({ body: read });
      settle.touch();
    },
    [saver, settle],
  );

  // Reads the ref at call time, so a keystroke a moment ago is in it.
  const current = useCallback((): ArticleFields => {
    const read = bodyReader.current;
    return read === undefined ? fields : { ...fields, body: read() };
  }, [fields]);

  const flush = useCallback(() => saver.flush(), [saver]);
  /** Flushes, then tells whether everything typed is now stored (a failed save keeps its changes). */
  const saveNow = useCallback(async () => {
    await saver.flush();
    return !saver.hasUnsaved;
  }, [saver]);

  return { fields, change, changeBody, current, saveState, flush, saveNow };
}
