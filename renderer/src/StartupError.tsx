import type { i18n } from 'i18next';

/** Shown when the page has no bridge to the core (opened outside the app or the harness). */
export function StartupError({ i18n }: { i18n: i18n }) {
  return (
    <div className="startup-error" role="alert">
      <h1>{i18n.t('app.name')}</h1>
      <p>{i18n.t('errors.reason.disconnected')}</p>
    </div>
  );
}
