import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_LIMITS } from '../../shared/templates/template.ts';
import { useApi } from '../src/ApiContext.tsx';
import { useAsync } from '../src/useAsync.ts';
import { Dialog } from './Dialog.tsx';
import { templateErrorMessage } from './templateErrors.ts';

export interface SaveAsTemplateDialogProps {
  articleId: string;
  /** Stores what was typed, so the template is made from the article as it reads now. */
  saveFirst(): Promise<boolean>;
  onSaved(name: string): void;
  onClose(): void;
}

/** "Lưu làm mẫu…": the open article becomes a new template, or the new content of an existing one. */
export function SaveAsTemplateDialog({ articleId, saveFirst, onSaved, onClose }: SaveAsTemplateDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { hint: useId(), name: useId(), description: useId(), which: useId(), asNew: useId(), replace: useId() };
  const [templates] = useAsync(() => api.templates.list({}), [api]);
  const [mode, setMode] = useState<'new' | 'replace'>('new');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const existing = templates.status === 'ready' ? templates.value : [];
  const chosen = target !== '' ? target : (existing[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      // A failed save keeps its text in the editor; the template would miss it, so stop here.
      if (!(await saveFirst())) {
        setError(t('templates.errors.unsaved'));
        setBusy(false);
        return;
      }
      const saved =
        mode === 'new'
          ? await api.templates.create({ name, description, fromArticleId: articleId })
          : await api.templates.update({ id: chosen, fromArticleId: articleId });
      onSaved(saved.name);
    } catch (caught) {
      setError(templateErrorMessage(t, caught));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('templates.saveAs.heading')} onClose={onClose}>
      <form className="template-save-form" onSubmit={(event) => void submit(event)} aria-describedby={ids.hint}>
        <p id={ids.hint} className="muted">{t('templates.saveAs.hint')}</p>
        <div className="checkbox-row">
          <input id={ids.asNew} type="radio" name="template-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
          <label htmlFor={ids.asNew}>{t('templates.saveAs.asNew')}</label>
        </div>
        <div className="checkbox-row">
          <input
            id={ids.replace}
            type="radio"
            name="template-mode"
            checked={mode === 'replace'}
            disabled={existing.length === 0}
            onChange={() => setMode('replace')}
          />
          <label htmlFor={ids.replace}>{t('templates.saveAs.replace')}</label>
        </div>

        {mode === 'new' ? (
          <>
            <label className="field-label" htmlFor={ids.name}>{t('templates.name')}</label>
            <input
              id={ids.name}
              className="text-input"
              data-autofocus
              maxLength={TEMPLATE_LIMITS.name}
              required
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
            <label className="field-label" htmlFor={ids.description}>{t('templates.description')}</label>
            <textarea
              id={ids.description}
              className="text-input"
              rows={2}
              maxLength={TEMPLATE_LIMITS.description}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </>
        ) : (
          <>
            <label className="field-label" htmlFor={ids.which}>{t('templates.saveAs.which')}</label>
            <select id={ids.which} className="text-input" value={chosen} onChange={(event) => setTarget(event.target.value)}>
              {existing.map((template) => (
                <option key={template.id} value={template.id}>{template.name}</option>
              ))}
            </select>
          </>
        )}

        <p className="error-text dialog-notice" role="alert">{error ?? ''}</p>
        <div className="dialog-actions">
          <button type="submit" className="button-primary" disabled={busy || (mode === 'new' ? name.trim() === '' : chosen === '')}>
            {t('templates.saveAs.submit')}
          </button>
          <button type="button" className="button-quiet" onClick={onClose}>{t('templates.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
