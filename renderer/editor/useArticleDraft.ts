import { useCallback, useEffect, useRef, useState } from 'react';
import type { ToasoanApi } from '../../shared/contract/index.ts';
import type { Article, ArticleFields } from '../../shared/domain/article.ts';
import { Autosaver, type SaveState } from './Autosaver.ts';

/**
 * The editor's working copy of one article. Edits show at once and reach the
 * database through the Autosaver; `flush` is awaited before leaving the editor.
 */
export function useArticleDraft(api: ToasoanApi, article: Article) {
  const [fields, setFields] = useState<ArticleFields>(article);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const saverRef = useRef<Autosaver | undefined>(undefined);

  if (saverRef.current === undefined) {
    saverRef.current = new Autosaver(async (changes) => {
      await api.articles.update({ id: article.id, changes });
    }, setSaveState);
  }
  const saver = saverRef.current;

  useEffect(() => {
    const onPageHide = () => void saver.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      // Leaving by any route still saves what was typed.
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);

  const change = useCallback(
    (changes: Partial<ArticleFields>) => {
      setFields((current) => ({ ...current, ...changes }));
      saver.change(changes);
    },
    [saver],
  );

  const flush = useCallback(() => saver.flush(), [saver]);
  /** Flushes, then tells whether everything typed is now stored (a failed save keeps its changes). */
  const saveNow = useCallback(async () => {
    await saver.flush();
    return !saver.hasUnsaved;
  }, [saver]);

  return { fields, change, saveState, flush, saveNow };
}
