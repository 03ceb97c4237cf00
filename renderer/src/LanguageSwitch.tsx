import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../shared/i18n/languages.ts';
import { useApi } from './ApiContext.tsx';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          void i18n.changeLanguage(language);
          document.documentElement.lang = language;
          // The choice is kept by main (electron-store / the harness's settings file).
          void api.settings.setLanguage({ language });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
