import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../shared/templates/template.ts';
import { TemplateEditForm } from './TemplateEditForm.tsx';

export interface TemplateManageRowProps {
  template: TemplateSummary;
  busy: boolean;
  onSave(changes: { name: string; description: string }): Promise<boolean>;
  onDuplicate(): void;
  onDelete(): void;
  onExport(): void;
}

/** One template in "Quản lý mẫu": its actions, the edit form in its place, or the delete question. */
export function TemplateManageRow({ template, busy, onSave, onDuplicate, onDelete, onExport }: TemplateManageRowProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmDelete'>('view');
  const name = template.name;
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const previousMode = useRef(mode);
  // Focus follows what replaced the button the reporter pressed, and comes back to it after.
  useEffect(() => {
    const previous = previousMode.current;
    previousMode.current = mode;
    if (mode === 'confirmDelete') cancelDelete.current?.focus();
    else if (mode === 'view' && previous === 'edit') editButton.current?.focus();
    else if (mode === 'view' && previous === 'confirmDelete') deleteButton.current?.focus();
  }, [mode]);

  if (mode === 'edit') {
    return (
      <TemplateEditForm
        template={template}
        busy={busy}
        onCancel={() => setMode('view')}
        onSave={(changes) => void onSave(changes).then((saved) => saved && setMode('view'))}
      />
    );
  }

  return (
    <div className="template-manage-row">
      <div className="template-text">
        <span className="template-name">{name}</span>
        {template.description !== '' && <span className="template-description muted">{template.description}</span>}
      </div>
      {mode === 'confirmDelete' ? (
        <div className="template-confirm" role="group">
          <span>{t('templates.deleteConfirm', { name })}</span>
          <button type="button" className="button-primary" disabled={busy} onClick={onDelete}>{t('templates.deleteYes')}</button>
          <button type="button" className="button-quiet" onClick={() => setMode('view')} ref={cancelDelete}>
            {t('templates.cancel')}
          </button>
        </div>
      ) : (
        <div className="template-actions">
          <button ref={editButton} type="button" className="button-quiet" disabled={busy} aria-label={t('templates.editFor', { name })} onClick={() => setMode('edit')}>
            {t('templates.edit')}
          </button>
          <button type="button" className="button-quiet" disabled={busy} aria-label={t('templates.duplicateFor', { name })} onClick={onDuplicate}>
            {t('templates.duplicate')}
          </button>
          <button type="button" className="button-quiet" disabled={busy} aria-label={t('templates.exportFor', { name })} onClick={onExport}>
            {t('templates.export')}
          </button>
          <button ref={deleteButton} type="button" className="button-quiet" disabled={busy} aria-label={t('templates.deleteFor', { name })} onClick={() => setMode('confirmDelete')}>
            {t('templates.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
