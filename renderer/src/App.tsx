import { useTranslation } from 'react-i18next';
import { EditorView } from '../editor/EditorView.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useRoute } from './useRoute.ts';

export function App() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="brand" onClick={() => navigate({ view: 'library' })}>
          {t('app.name')}
        </button>
        <LanguageSwitch />
      </header>
      <main className="app-main">
        {route.view === 'editor' ? (
          <EditorView key={route.id} id={route.id} onClose={() => navigate({ view: 'library' })} />
        ) : (
          <LibraryView
            scope={route.view === 'trash' ? 'trash' : 'library'}
            onOpen={(id) => navigate({ view: 'editor', id })}
            onShowScope={(scope) => navigate({ view: scope })}
          />
        )}
      </main>
    </div>
  );
}
