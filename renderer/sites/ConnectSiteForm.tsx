import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/contract/client.ts';
import type { SiteSummary } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { snapshotOf, waitForNewSite } from './waitForNewSite.ts';

type Field = 'url' | 'username' | 'appPassword';
const FIELDS: readonly string[] = ['url', 'username', 'appPassword'] satisfies Field[];

export interface ConnectSiteFormProps {
  /** The sites listed now, so the wait after authorizing can tell which one is new. */
  sites: readonly SiteSummary[];
  /** A new attempt begins: an earlier "connected" notice no longer describes what is happening. */
  onStart(): void;
  onConnected(site: SiteSummary): void;
}

/**
 * Two ways in: WordPress's own authorize page in the browser (no password to copy),
 * or an application password pasted by hand, for sites where that page is blocked.
 */
export function ConnectSiteForm({ sites, onStart, onConnected }: ConnectSiteFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { url: useId(), urlHint: useId(), username: useId(), appPassword: useId(), manualHint: useId(), error: useId() };
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [appPassword, setAppPassword] = useState('');
  const [phase, setPhase] = useState<'idle' | 'connecting' | 'waiting'>('idle');
  const [error, setError] = useState<{ text: string; field: Field | undefined } | undefined>();
  const waitRef = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => waitRef.current?.abort(), []);

  const fail = (caught: unknown) => {
    const field = caught instanceof ApiError && caught.field !== undefined && FIELDS.includes(caught.field) ? (caught.field as Field) : undefined;
    const message = errorMessage(t, caught);
    setError({ field, text: field === undefined ? message : t('sites.fieldError', { field: t(`sites.${field}`), message }) });
  };

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    if (phase !== 'idle') return;
    onStart();
    setPhase('connecting');
    setError(undefined);
    try {
      const site = await api.sites.connect({ url, username, appPassword });
      // The password now lives in the vault; it has no business staying in the page.
      setAppPassword('');
      onConnected(site);
    } catch (caught) {
      fail(caught);
    } finally {
      setPhase('idle');
    }
  };

  const authorize = async () => {
    if (phase !== 'idle') return;
    onStart();
    setError(undefined);
    setPhase('connecting');
    const controller = new AbortController();
    try {
      const before = snapshotOf(sites);
      const { authorizeUrl } = await api.sites.beginAuthorize({ url });
      // Main sends this to the system browser, where the reporter is already logged in.
      window.open(authorizeUrl, '_blank', 'noopener,noreferrer');
      waitRef.current = controller;
      setPhase('waiting');
      const site = await waitForNewSite(() => api.sites.list({}), before, { signal: controller.signal });
      if (site !== undefined) onConnected(site);
      else if (!controller.signal.aborted) setError({ text: t('errors.reason.authorizeExpired'), field: undefined });
    } catch (caught) {
      fail(caught);
    } finally {
      if (waitRef.current === controller) waitRef.current = undefined;
      setPhase('idle');
    }
  };

  const invalid = (field: Field) => (error?.field === field ? { 'aria-invalid': true, 'aria-errormessage': ids.error } : {});
  const busy = phase !== 'idle';

  return (
    <form className="connect-form sheet" onSubmit={(event) => void connect(event)} aria-labelledby="connect-heading">
      <h2 id="connect-heading">{t('sites.connectHeading')}</h2>

      <label className="field-label" htmlFor={ids.url}>{t('sites.url')}</label>
      <input
        id={ids.url}
        className="text-input"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        aria-describedby={ids.urlHint}
        value={url}
        disabled={busy}
        onChange={(event) => setUrl(event.target.value)}
        {...invalid('url')}
      />
      <small id={ids.urlHint} className="muted">{t('sites.urlHint')}</small>

      <div className="connect-authorize">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void authorize()}>
          {t('sites.authorize')}
        </button>
        <p className="muted">{t('sites.authorizeHint')}</p>
        {phase === 'waiting' && (
          <p className="waiting" role="status">
            <span>{t('sites.waiting')}</span>
            <button type="button" className="button-link" onClick={() => waitRef.current?.abort()}>
              {t('sites.stopWaiting')}
            </button>
          </p>
        )}
      </div>

      <fieldset className="connect-manual" disabled={busy}>
        <legend>{t('sites.manualHeading')}</legend>
        <p id={ids.manualHint} className="muted">{t('sites.manualHint')}</p>
        <label className="field-label" htmlFor={ids.username}>{t('sites.username')}</label>
        <input
          id={ids.username}
          className="text-input"
          autoComplete="username"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          {...invalid('username')}
        />
        <label className="field-label" htmlFor={ids.appPassword}>{t('sites.appPassword')}</label>
        <input
          id={ids.appPassword}
          className="text-input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.manualHint}
          value={appPassword}
          onChange={(event) => setAppPassword(event.target.value)}
          {...invalid('appPassword')}
        />
        <button type="submit" className="button-quiet">
          {phase === 'connecting' ? t('sites.connecting') : t('sites.connect')}
        </button>
      </fieldset>

      {error !== undefined && (
        <p id={ids.error} className="error-text form-error" role="alert">
          {error.text}
        </p>
      )}
    </form>
  );
}
