import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_LIMITS, type TemplateSummary } from '../../shared/templates/template.ts';

export interface TemplateEditFormProps {
  template: TemplateSummary;
  busy: boolean;
  onSave(changes: { name: string; description: string }): void;
  onCancel(): void;
}

/** Name and description of one template, edited in place in the picker. */
export function TemplateEditForm({ template, busy, onSave, onCancel }: TemplateEditFormProps) {
  const { t } = useTranslation();
  const ids = { name: useId(), description: useId() };
  const [name, setName] = useState(template.name);
  const [description, setDescription] = useState(template.description);
  const nameInput = useRef<HTMLInputElement>(null);
  // The form replaces the row the reporter was on: focus follows, once.
  useEffect(() => nameInput.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ name, description });
  };
  // Escape leaves the form, not the whole dialog.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <form className="template-edit" onSubmit={submit} onKeyDown={onKeyDown}>
      <label className="field-label" htmlFor={ids.name}>{t('templates.name')}</label>
      <input
        id={ids.name}
        className="text-input"
        ref={nameInput}
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
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy || name.trim() === ''}>{t('templates.save')}</button>
        <button type="button" className="button-quiet" onClick={onCancel}>{t('templates.cancel')}</button>
      </div>
    </form>
  );
}
