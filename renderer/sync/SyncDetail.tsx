import { useTranslation } from 'react-i18next';
import type { ArticleSyncInfo } from '../../shared/domain/site.ts';
import { failureMessage, fixFor } from './failureMessage.ts';
import { SyncBadge } from './SyncBadge.tsx';

/** The badge with what it means and what to do: the reason is translated, never the raw message. */
export function SyncDetail({ info }: { info: Pick<ArticleSyncInfo, 'state' | 'error'> }) {
  const { t } = useTranslation();
  const { state, error } = info;
  const lines: string[] = [];
  if (error !== null && (state === 'error' || state === 'queued' || state === 'conflict')) {
    lines.push(failureMessage(t, error));
    if (state === 'conflict') lines.push(t('sync.hint.conflict'));
    else lines.push(fixFor(t, error.reason) ?? t(`sync.hint.${state}`));
  } else {
    lines.push(t(`sync.hint.${state}`));
  }
  return (
    <div className={`sync-detail sync-detail-${state}`} data-testid="sync-detail">
      <SyncBadge state={state} />
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
