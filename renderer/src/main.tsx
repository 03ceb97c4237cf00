import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { I18nextProvider } from 'react-i18next';
import { isLanguage, DEFAULT_LANGUAGE } from '../../shared/i18n/languages.ts';
import { connectApi } from './api.ts';
import { ApiProvider } from './ApiContext.tsx';
import { App } from './App.tsx';
import { createRendererI18n } from './i18n.ts';
import { StartupError } from './StartupError.tsx';
import { APP_ROOT_ID } from './appRoot.ts';
import './styles.css';

// zod probes `new Function` to pick its fast path; the CSP forbids eval, so skip the probe.
z.config({ jitless: true });

async function start(): Promise<void> {
  const root = createRoot(document.getElementById(APP_ROOT_ID) as HTMLElement);
  const api = connectApi();
  if (api === undefined) {
    root.render(<StartupError i18n={createRendererI18n(DEFAULT_LANGUAGE)} />);
    return;
  }
  const stored = await api.settings.getLanguage({}).catch(() => DEFAULT_LANGUAGE);
  const language = isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  document.documentElement.lang = language;
  const i18n = createRendererI18n(language);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiProvider value={api}>
          <App />
        </ApiProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
