import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReport } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { syncSummary } from './syncSummary.ts';

export interface SyncNowButtonProps {
  /** Called after every pass, reached or not, so the caller can refresh what it shows. */
  onDone?(report: SyncReport | undefined): void;
}

/** "Đồng bộ ngay": one pass now, then a short summary (or why the site could not be reached). */
export function SyncNowButton({ onDone }: SyncNowButtonProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ text: string; ok: boolean } | undefined>();

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    let report: SyncReport | undefined;
    try {
      report = await api.sync.now({});
      setResult(syncSummary(t, report));
    } catch (error) {
      setResult({ text: errorMessage(t, error), ok: false });
    } finally {
      setRunning(false);
      onDone?.(report);
    }
  };

  return (
    <div className="sync-now">
      <button type="button" className="button-quiet" disabled={running} aria-busy={running} onClick={() => void run()}>
        {running ? t('sync.running') : t('sync.now')}
      </button>
      {/* Always present so screen readers announce the summary when it arrives. */}
      <span className={`sync-summary${result?.ok === false ? ' error-text' : ''}`} role="status" data-testid="sync-summary">
        {result?.text ?? ''}
      </span>
    </div>
  );
}
