import { useTranslation } from 'react-i18next';
import { routeHash, type Route } from './route.ts';

const LINKS = [
  { view: 'library', label: 'library.nav' },
  { view: 'sites', label: 'sites.nav' },
  { view: 'syncLog', label: 'sync.log.nav' },
  { view: 'settings', label: 'publishing.nav' },
] as const;

/** Plain hash links: keyboard and middle-click behave as links do, and useRoute hears the hashchange. */
export function AppNav({ current }: { current: Route['view'] }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('library.mainNav')}>
      {LINKS.map((link) => {
        const active = current === link.view || (link.view === 'library' && current === 'trash');
        return (
          <a key={link.view} href={routeHash({ view: link.view })} aria-current={active ? 'page' : undefined}>
            {t(link.label)}
          </a>
        );
      })}
    </nav>
  );
}
