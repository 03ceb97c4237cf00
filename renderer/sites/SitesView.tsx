import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteSummary } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { useAsync } from '../src/useAsync.ts';
import { ConnectSiteForm } from './ConnectSiteForm.tsx';
import { SiteCard, siteName } from './SiteCard.tsx';

/** "Kết nối trang": the sites this laptop talks to, and a way to add one. */
export function SitesView() {
  const { t } = useTranslation();
  const api = useApi();
  const [sites, reload] = useAsync(() => api.sites.list({}), [api]);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | undefined>();
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
      setNotice({ text: success, error: false });
    } catch (error) {
      setNotice({ text: errorMessage(t, error), error: true });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const list: SiteSummary[] = sites.status === 'ready' ? sites.value : [];

  return (
    <section className="sites" aria-labelledby="sites-heading">
      <div className="library-toolbar">
        <h1 id="sites-heading">{t('sites.heading')}</h1>
      </div>
      <p className="intro muted">{t('sites.intro')}</p>
      {notice !== undefined && (
        <p className={`notice${notice.error ? ' notice-error' : ''}`} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      <div className="sites-layout">
        <div className="sites-list">
          <h2>{t('sites.listHeading')}</h2>
          {sites.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
          {sites.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, sites.error)}</p>}
          {sites.status === 'ready' && list.length === 0 && <p className="empty">{t('sites.none')}</p>}
          {list.length > 0 && (
            <ul className="site-cards">
              {list.map((site) => {
                const name = siteName(site);
                return (
                  <SiteCard
                    key={site.id}
                    site={site}
                    busy={busy}
                    onActivate={() => void act(() => api.sites.activate({ id: site.id }), t('sites.activated', { name }))}
                    onRefresh={() => void act(() => api.sites.refresh({ id: site.id }), t('sites.refreshed', { name }))}
                    onRemove={() => void act(() => api.sites.remove({ id: site.id }), t('sites.removed', { name }))}
                  />
                );
              })}
            </ul>
          )}
        </div>
        <ConnectSiteForm
          sites={list}
          onStart={() => setNotice(undefined)}
          onConnected={(site) => {
            setNotice({ text: t('sites.connected', { name: siteName(site) }), error: false });
            reload();
          }}
        />
      </div>
    </section>
  );
}
