import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/domain/article.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { useAsync } from '../src/useAsync.ts';
import { usePolling } from '../src/usePolling.ts';
import { SyncNowButton } from '../sync/SyncNowButton.tsx';
import { TemplatePicker } from '../templates/TemplatePicker.tsx';
import { ArticleRow } from './ArticleRow.tsx';
import { SearchBar } from './search/SearchBar.tsx';
import { SearchResults } from './search/SearchResults.tsx';
import { EMPTY_SEARCH, isSearching, type SearchForm } from './search/searchRequest.ts';
import { useLibrarySearch } from './search/useLibrarySearch.ts';
import { useImportFiles } from './transfer/useImportFiles.ts';

/** A background pass runs every few minutes; half a minute keeps badges honest without noticeable work. */
const SYNC_STATE_REFRESH_MS = 30_000;

export interface LibraryViewProps {
  scope: 'library' | 'trash';
  onOpen(id: string): void;
  onShowScope(scope: 'library' | 'trash'): void;
}

/** The reporter's article list: newest first, with status, time and length at a glance. */
export function LibraryView({ scope, onOpen, onShowScope }: LibraryViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [articles, reload] = useAsync(() => api.articles.list({ scope }), [api, scope]);
  const [notice, setNotice] = useState<{ text: string; undoId?: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  // What "xóa hẳn" is about to delete, asked about before anything goes: one article, or the whole trash.
  const [confirmPurge, setConfirmPurge] = useState<ArticleSummary | 'all' | undefined>();
  const [searchForm, setSearchForm] = useState<SearchForm>(EMPTY_SEARCH);
  // Bumped with every reload, so results follow a trash or restore done beside them.
  const [searchGeneration, setSearchGeneration] = useState(0);
  const search = useLibrarySearch(api, searchForm, scope, searchGeneration);
  const searching = isSearching(searchForm);
  const importInput = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  const imports = useImportFiles(api, () => {
    reload();
    setSearchGeneration((n) => n + 1);
  });
  const [syncStates, reloadSyncStates] = useAsync(() => api.sync.states({}), [api]);
  usePolling(reloadSyncStates, SYNC_STATE_REFRESH_MS);
  // A failed read leaves the badges out rather than adding a second alert beside the list's.
  const syncById = useMemo(
    () => new Map(syncStates.status === 'ready' ? syncStates.value.map((info) => [info.articleId, info]) : []),
    [syncStates],
  );

  const act = async (action: () => Promise<unknown>, success?: { text: string; undoId?: string }) => {
    setBusy(true);
    try {
      await action();
      setNotice(success);
    } catch (error) {
      setNotice({ text: errorMessage(t, error) });
    } finally {
      setBusy(false);
      reload();
      setSearchGeneration((n) => n + 1);
    }
  };

  const trash = (article: ArticleSummary) =>
    act(() => api.articles.trash({ id: article.id }), {
      text: t('library.trashed', { title: article.title || t('library.untitled') }),
      undoId: article.id,
    });

  return (
    <section
      className={dropping ? 'library library-dropping' : 'library'}
      aria-labelledby="library-heading"
      // Files dropped anywhere on the library are imported, one article each.
      onDragOver={(event) => {
        if (scope !== 'library' || !event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        if (scope !== 'library') return;
        event.preventDefault();
        setDropping(false);
        void imports.importFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <div className="library-toolbar">
        <h1 id="library-heading">{scope === 'trash' ? t('library.trashHeading') : t('library.heading')}</h1>
        <div className="toolbar-actions">
          {scope === 'library' ? (
            <>
              <SyncNowButton
                onDone={() => {
                  reload();
                  reloadSyncStates();
                }}
              />
              <button type="button" className="button-quiet" onClick={() => onShowScope('trash')}>
                {t('library.showTrash')}
              </button>
              <button type="button" className="button-quiet" disabled={imports.busy} onClick={() => importInput.current?.click()}>
                {t('transfer.importButton')}
              </button>
              <input
                ref={importInput}
                type="file"
                multiple
                hidden
                accept=".docx,.html,.htm,.md,.markdown,.txt,.json"
                aria-label={t('transfer.importFiles')}
                onChange={(event) => {
                  const files = Array.from(event.target.files ?? []);
                  event.target.value = '';
                  void imports.importFiles(files);
                }}
              />
              {/* "Bài mới" asks which template first; "Trang trắng" has the focus, so Enter still makes a blank article. */}
              <button type="button" className="button-primary" disabled={busy} aria-haspopup="dialog" onClick={() => setPicking(true)}>
                {t('library.newArticle')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button-quiet" onClick={() => onShowScope('library')}>
                {t('library.showLibrary')}
              </button>
              <button
                type="button"
                className="button-quiet button-danger"
                disabled={busy || articles.status !== 'ready' || articles.value.length === 0}
                onClick={() => setConfirmPurge('all')}
              >
                {t('library.emptyTrash')}
              </button>
            </>
          )}
        </div>
      </div>

      {picking && <TemplatePicker onCreated={onOpen} onClose={() => setPicking(false)} />}

      {scope === 'trash' && <p className="muted">{t('library.trashPolicy')}</p>}
      {scope === 'library' && (
        <p className={imports.outcome?.error === true ? 'error-text' : 'muted'} role="status">
          {imports.busy ? t('transfer.importing') : (imports.outcome?.text ?? t('transfer.dropHint'))}
        </p>
      )}
      {confirmPurge !== undefined && (
        <div className="notice confirm-purge" role="alertdialog" aria-label={t('library.confirmPurgeHeading')}>
          <span>
            {confirmPurge === 'all'
              ? t('library.confirmEmptyTrash', { count: articles.status === 'ready' ? articles.value.length : 0 })
              : t('library.confirmPurge', { title: confirmPurge.title || t('library.untitled') })}
          </span>
          <button
            type="button"
            className="button-primary button-danger"
            onClick={() => {
              const target = confirmPurge;
              setConfirmPurge(undefined);
              void act(() => (target === 'all' ? api.articles.emptyTrash({}) : api.articles.purge({ id: target.id })), { text: t('library.purged') });
            }}
          >
            {t('library.purgeConfirm')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirmPurge(undefined)}>
            {t('library.purgeCancel')}
          </button>
        </div>
      )}

      {notice !== undefined && (
        <div className="notice" role="status">
          <span>{notice.text}</span>
          {notice.undoId !== undefined && (
            <button type="button" className="button-link" onClick={() => void act(() => api.articles.restore({ id: notice.undoId ?? '' }))}>
              {t('library.restore')}
            </button>
          )}
        </div>
      )}

      <SearchBar form={searchForm} onChange={setSearchForm} />
      {searching && <SearchResults state={search} {...(scope === 'library' ? { onOpen } : {})} />}

      {!searching && articles.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {!searching && articles.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, articles.error)}</p>}
      {!searching && articles.status === 'ready' && articles.value.length === 0 && (
        <p className="empty">{scope === 'trash' ? t('library.trashEmpty') : t('library.empty')}</p>
      )}
      {!searching && articles.status === 'ready' && articles.value.length > 0 && (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t('library.columns.title')}</th>
              <th scope="col">{t('library.columns.status')}</th>
              <th scope="col">{t('library.columns.updated')}</th>
              <th scope="col" className="numeric">{t('library.columns.words')}</th>
              <th scope="col"><span className="visually-hidden">{t('library.columns.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {articles.value.map((article) => (
              <ArticleRow
                key={article.id}
                article={article}
                scope={scope}
                sync={syncById.get(article.id)}
                busy={busy}
                onOpen={onOpen}
                onTrash={() => void trash(article)}
                onRestore={() => void act(() => api.articles.restore({ id: article.id }))}
                {...(scope === 'trash' ? { onPurge: () => setConfirmPurge(article) } : {})}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
