import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../shared/domain/site.ts';

/** The short state beside an article's status: "Chỉ trên máy", "Đang chờ gửi", "Lỗi"… */
export function SyncBadge({ state }: { state: SyncState }) {
  const { t } = useTranslation();
  return (
    <span className={`sync-badge sync-${state}`} data-testid="sync-badge">
      {t(`sync.state.${state}`)}
    </span>
  );
}
