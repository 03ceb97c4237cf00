import { useTranslation } from 'react-i18next';
import type { PublishingSettings } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { useAsync } from '../src/useAsync.ts';
import { BackupSection } from './BackupSection.tsx';
import { PublishingSettingsForm } from './PublishingSettingsForm.tsx';

/** "Cài đặt xuất bản" (#/cai-dat): how articles and photos leave this computer. */
export function PublishingSettingsView() {
  const { t } = useTranslation();
  const api = useApi();
  const [settings] = useAsync<PublishingSettings>(() => api.sync.getSettings({}), [api]);
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <div className="library-toolbar">
        <h1 id="settings-heading">{t('publishing.heading')}</h1>
      </div>
      {settings.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {settings.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, settings.error)}</p>}
      {settings.status === 'ready' && <PublishingSettingsForm initial={settings.value} />}
      <BackupSection />
    </section>
  );
}
