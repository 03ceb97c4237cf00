import { useTranslation } from 'react-i18next';
import type { NewsroomSettings } from '../../../shared/domain/article.ts';
import { Dialog } from '../../templates/Dialog.tsx';
import { NewsroomSettingsForm } from './NewsroomSettingsForm.tsx';

export interface NewsroomSettingsDialogProps {
  settings: NewsroomSettings;
  onSaved(settings: NewsroomSettings): void;
  onClose(): void;
}

/** The newsroom rules from inside the editor, where the counters they drive are in view. */
export function NewsroomSettingsDialog({ settings, onSaved, onClose }: NewsroomSettingsDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('newsroom.heading')} onClose={onClose}>
      <NewsroomSettingsForm initial={settings} onSaved={onSaved} />
      <div className="dialog-actions">
        <button type="button" className="button-quiet dialog-close" onClick={onClose}>{t('newsroom.close')}</button>
      </div>
    </Dialog>
  );
}
