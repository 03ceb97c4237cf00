import type { TFunction } from 'i18next';
import type { SiteSummary } from '../../../shared/domain/site.ts';

/** A connected site as the "Kết nối trang" screen describes it. */
export function siteFields(t: TFunction, site: SiteSummary): [string, string][] {
  const account = site.displayName === '' || site.displayName === site.username ? site.username : `${site.username} (${site.displayName})`;
  return [
    [t('cli.sites.name'), site.name],
    [t('sites.url'), site.url],
    [t('sites.account'), account],
    [t('sites.roleLabel'), t(`sites.role.${site.role}`)],
    [t('sites.pluginLabel'), t(site.hasPlugin ? 'sites.plugin.yes' : 'sites.plugin.no')],
  ];
}
