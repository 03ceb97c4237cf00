import { useTranslation } from 'react-i18next';
import { EditorView } from '../editor/EditorView.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { PublishingSettingsView } from '../settings/PublishingSettingsView.tsx';
import { SitesView } from '../sites/SitesView.tsx';
import { SyncLogView } from '../sync/SyncLogView.tsx';
import { AppNav } from './AppNav.tsx';
import { RecoveryNotice } from './RecoveryNotice.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import type { Route } from './route.ts';
import { useFileDropGuard } from './useFileDropGuard.ts';
import { useRoute } from './useRoute.ts';

function View({ route, navigate }: { route: Route; navigate(route: Route): void }) {
  switch (route.view) {
    case 'editor':
      return <EditorView key={route.id} id={route.id} onClose={() => navigate({ view: 'library' })} />;
    case 'sites':
      return <SitesView />;
    case 'syncLog':
      return <SyncLogView />;
    case 'settings':
      return <PublishingSettingsView />;
    case 'library':
    case 'trash':
      return (
        <LibraryView
          scope={route.view}
          onOpen={(id) => navigate({ view: 'editor', id })}
          onShowScope={(scope) => navigate({ view: scope })}
        />
      );
  }
}

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  useFileDropGuard();
  const editing = route.view === 'editor';
  // An open article is the page's main landmark itself, in a layer beside React's root (editor/layer).
  const Main = editing ? 'div' : 'main';
  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="brand" onClick={() => navigate({ view: 'library' })}>
          {t('app.name')}
        </button>
        <AppNav current={route.view} />
        <LanguageSwitch />
      </header>
      <Main className={editing ? 'app-main app-main-before-editor' : 'app-main'}>
        <RecoveryNotice />
        <View route={route} navigate={navigate} />
      </Main>
    </div>
  );
}
