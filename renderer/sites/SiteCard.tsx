import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteSummary } from '../../shared/domain/site.ts';
import { localeOf } from '../src/i18n.ts';

export interface SiteCardProps {
  site: SiteSummary;
  busy: boolean;
  onActivate(): void;
  onRefresh(): void;
  onRemove(): void;
}

/**
 * A contributor may not upload media on stock WordPress; the companion plugin grants
 * it for posts they own. Authors and editors upload without it.
 */
export function cannotUploadPhotos(site: SiteSummary): boolean {
  return !site.hasPlugin && !site.canUpload && site.roles.includes('contributor');
}

export function siteName(site: SiteSummary): string {
  return site.name.trim() || site.url;
}

/** One site can be connected under two accounts (a reporter's and an editor's): the account tells them apart. */
export function siteLabel(site: SiteSummary): string {
  return `${siteName(site)} (${site.username})`;
}

export function SiteCard({ site, busy, onActivate, onRefresh, onRemove }: SiteCardProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const name = siteName(site);
  const label = siteLabel(site);
  const refreshed =
    site.refreshedAt === null
      ? t('sites.neverRefreshed')
      : t('sites.refreshedAt', {
          time: new Date(site.refreshedAt).toLocaleString(localeOf(i18n.language), { dateStyle: 'short', timeStyle: 'short' }),
        });
  return (
    <li className={`site-card sheet${site.active ? ' site-card-active' : ''}`} aria-label={label}>
      <div className="site-card-head">
        <h3>{name}</h3>
        {site.active && <span className="site-active-mark">{t('sites.active')}</span>}
      </div>
      <dl className="site-facts">
        <dt>{t('sites.url')}</dt>
        <dd>{site.url}</dd>
        <dt>{t('sites.account')}</dt>
        <dd>{site.displayName && site.displayName !== site.username ? `${site.displayName} (${site.username})` : site.username}</dd>
        <dt>{t('sites.roleLabel')}</dt>
        <dd>{t(`sites.role.${site.role}`)}</dd>
        <dt>{t('sites.pluginLabel')}</dt>
        <dd>{site.hasPlugin ? t('sites.plugin.yes') : t('sites.plugin.no')}</dd>
      </dl>
      <p className="muted site-refreshed">{refreshed}</p>
      {cannotUploadPhotos(site) && <p className="site-warning">{t('sites.noUpload')}</p>}
      {confirming ? (
        <div className="site-actions site-confirm" role="group" aria-label={t('sites.removeConfirm', { name })}>
          <span>{t('sites.removeConfirm', { name })}</span>
          <button type="button" className="button-primary" disabled={busy} onClick={onRemove}>
            {t('sites.removeYes')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {t('sites.removeNo')}
          </button>
        </div>
      ) : (
        <div className="site-actions">
          {!site.active && (
            <button type="button" className="button-primary" disabled={busy} onClick={onActivate} aria-label={`${t('sites.use')}: ${label}`}>
              {t('sites.use')}
            </button>
          )}
          <button type="button" className="button-quiet" disabled={busy} onClick={onRefresh} aria-label={`${t('sites.refresh')}: ${label}`}>
            {t('sites.refresh')}
          </button>
          <button type="button" className="button-quiet" disabled={busy} onClick={() => setConfirming(true)} aria-label={`${t('sites.remove')}: ${label}`}>
            {t('sites.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
