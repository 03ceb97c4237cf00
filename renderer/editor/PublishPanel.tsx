import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../shared/domain/article.ts';
import type { SiteSummary } from '../../shared/domain/site.ts';
import { can } from '../../shared/workflow/rules.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { routeHash } from '../src/route.ts';
import { useAsync } from '../src/useAsync.ts';
import { usePolling } from '../src/usePolling.ts';
import { SyncDetail } from '../sync/SyncDetail.tsx';
import { SyncNowButton } from '../sync/SyncNowButton.tsx';

/** Background passes land every few minutes; re-reading the local state twice a minute keeps the badge honest. */
const SYNC_INFO_REFRESH_MS = 30_000;

export interface PublishPanelProps {
  articleId: string;
  status: ArticleStatus;
  /** `loading` until the site list is read; undefined when no site is connected. */
  site: SiteSummary | undefined | 'loading';
  /** Saves what was typed; resolves false if it could not be stored. */
  saveFirst(): Promise<boolean>;
  onStatus(status: ArticleStatus): void;
}

/** Status, sync state, the editor's note and "Gửi duyệt", where the reporter looks before sending. */
export function PublishPanel({ articleId, status, site, saveFirst, onStatus }: PublishPanelProps) {
  const { t } = useTranslation();
  const api = useApi();
  const hintId = useId();
  const headingId = useId();
  const [info, reloadInfo] = useAsync(() => api.sync.status({ id: articleId }), [api, articleId]);
  usePolling(reloadInfo, SYNC_INFO_REFRESH_MS);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | undefined>();

  let blocked: string | undefined;
  if (site === undefined) blocked = t('errors.reason.noSite');
  else if (site !== 'loading' && !can(site.role, status, 'submit')) blocked = t(`editor.submitBlocked.${status}`);
  const disabled = busy || site === 'loading' || blocked !== undefined;

  const submit = async () => {
    if (disabled) return;
    setBusy(true);
    setResult(undefined);
    try {
      if (!(await saveFirst())) {
        setResult({ text: t('editor.submitUnsaved'), error: true });
        return;
      }
      const article = await api.sync.submit({ id: articleId });
      onStatus(article.status);
      setResult({ text: t('editor.submitted'), error: false });
    } catch (error) {
      setResult({ text: errorMessage(t, error), error: true });
    } finally {
      setBusy(false);
      reloadInfo();
    }
  };

  const sync = info.status === 'ready' ? info.value : undefined;

  return (
    <section className="publish-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">{t('editor.publishHeading')}</h2>
      <p className="status-line">
        <span className="meta-label">{t('editor.statusLabel')}</span>
        <span className={`status status-${status}`} data-testid="article-status">{t(`status.${status}`)}</span>
      </p>
      <div className="status-line sync-line">
        <span className="meta-label">{t('sync.label')}</span>
        {sync !== undefined && <SyncDetail info={sync} />}
      </div>
      {sync !== undefined && sync.editorialNote.trim() !== '' && (
        <div className="editorial-note">
          <h3>{t('editor.editorialNote')}</h3>
          <p>{sync.editorialNote}</p>
        </div>
      )}

      {/* aria-disabled keeps the button focusable, so keyboard users reach it and hear why it is off. */}
      <button
        type="button"
        className="button-primary submit-button"
        aria-disabled={disabled}
        aria-describedby={blocked === undefined ? undefined : hintId}
        onClick={() => void submit()}
      >
        {busy ? t('editor.submitting') : t('editor.submit')}
      </button>
      {blocked !== undefined && (
        <p id={hintId} className="muted submit-hint">
          {blocked}
          {site === undefined && (
            <>
              {' '}
              <a href={routeHash({ view: 'sites' })}>{t('sites.nav')}</a>
            </>
          )}
        </p>
      )}
      {result !== undefined &&
        (result.error ? (
          <p className="error-text" role="alert">{result.text}</p>
        ) : (
          <p className="submit-ok" role="status">{result.text}</p>
        ))}

      {site !== undefined && site !== 'loading' && (
        <SyncNowButton
          onDone={() => {
            // "…at the next sync" is stale once a sync has run; the badge says what happened.
            setResult(undefined);
            reloadInfo();
          }}
        />
      )}
      {sync !== undefined && sync.link !== '' && (
        <a className="view-on-site" href={sync.link} target="_blank" rel="noreferrer">
          {t('editor.viewOnSite')}
        </a>
      )}
    </section>
  );
}
