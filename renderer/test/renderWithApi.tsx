import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ToasoanApi } from '../../shared/contract/index.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { ApiProvider } from '../src/ApiContext.tsx';
import { createRendererI18n } from '../src/i18n.ts';

export function renderWithApi(ui: ReactElement, api: ToasoanApi, language: Language = 'vi') {
  const i18n = createRendererI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider value={api}>{ui}</ApiProvider>
    </I18nextProvider>,
  );
}
