import { useTranslation } from 'react-i18next';
import { errorMessage } from '../src/errors.ts';
import type { SaveState } from './Autosaver.ts';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('save.saved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'pending':
      text = t('save.pending');
      break;
    case 'failed':
      text = t('save.failed', { reason: errorMessage(t, state.error) });
      break;
  }
  return (
    <span className={`save-indicator save-${state.kind}`} role="status" aria-live="polite" data-testid="save-indicator">
      {text}
    </span>
  );
}
