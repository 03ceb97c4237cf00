import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/contract/client.ts';
import type { TemplateSummary } from '../../shared/templates/template.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';
import { useAsync } from '../src/useAsync.ts';
import { Dialog } from './Dialog.tsx';
import { templateErrorMessage } from './templateErrors.ts';
import { downloadText, readTemplateFile, type SaveFile } from './templateFiles.ts';
import { TemplateManageRow } from './TemplateManageRow.tsx';

export interface TemplatePickerProps {
  /** A new article now exists; open it. */
  onCreated(articleId: string): void;
  onClose(): void;
  /** How an export reaches the disk: a browser download unless a test watches it. */
  saveFile?: SaveFile;
}

/**
 * One choice: the button is named by the template's name only and described by its
 * description beside it (a name must hold all of a button's visible text, WCAG 2.5.3);
 * the card around both is clickable through the button's stretched ::after.
 */
function TemplateChoice({ name, description, disabled, onChoose }: { name: string; description: string; disabled: boolean; onChoose(): void }) {
  const descriptionId = useId();
  return (
    <div className="template-choice">
      <button type="button" className="template-choice-button template-name" disabled={disabled} aria-describedby={descriptionId} onClick={onChoose}>
        {name}
      </button>
      <span id={descriptionId} className="template-description muted">{description}</span>
    </div>
  );
}

/** What "Bài mới" opens: a blank page or a template to start from, and the templates' upkeep. */
export function TemplatePicker({ onCreated, onClose, saveFile = downloadText }: TemplatePickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [list, reload] = useAsync(() => api.templates.list({}), [api]);
  const [managing, setManaging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const manageToggle = useRef<HTMLButtonElement>(null);
  const templates = list.status === 'ready' ? list.value : [];

  /** Runs one action; its sentence (or its error) replaces the last one. Resolves to whether it worked. */
  const run = async (action: () => Promise<string | undefined>, describeFailure: (error: unknown) => string = (error) => templateErrorMessage(t, error)) => {
    setBusy(true);
    try {
      const text = await action();
      setNotice(text === undefined ? undefined : { text, error: false });
      return true;
    } catch (error) {
      setNotice({ text: describeFailure(error), error: true });
      return false;
    } finally {
      setBusy(false);
      reload();
    }
  };

  const create = (templateId?: string) => {
    setBusy(true);
    setNotice({ text: t('templates.creating'), error: false });
    api.articles.create(templateId === undefined ? {} : { templateId }).then(
      (article) => onCreated(article.id),
      (error: unknown) => {
        setBusy(false);
        setNotice({ text: templateErrorMessage(t, error), error: true });
        reload();
      },
    );
  };

  const copyName = (name: string) => {
    const taken = new Set(templates.map((template) => template.name.toLocaleLowerCase('vi')));
    let candidate = t('templates.copyName', { name });
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('vi')); n += 1) candidate = t('templates.copyNameN', { name, n });
    return candidate;
  };

  const duplicate = (template: TemplateSummary) =>
    run(async () => {
      const full = await api.templates.get({ id: template.id });
      const copy = await api.templates.create({ name: copyName(template.name), description: full.description, fields: full.fields });
      return t('templates.savedTemplate', { name: copy.name });
    });

  const remove = (template: TemplateSummary) =>
    run(async () => {
      await api.templates.delete({ id: template.id });
      // The row and its buttons are gone; keep focus inside the dialog.
      manageToggle.current?.focus();
      return t('templates.deleted', { name: template.name });
    });

  const exportTemplates = (ids?: string[]) =>
    run(async () => {
      const file = await api.templates.export(ids === undefined ? {} : { ids });
      saveFile(file.fileName, file.text);
      return t('templates.exported', { file: file.fileName });
    });

  const importFile = (file: File) =>
    run(
      async () => {
        const text = await readTemplateFile(file);
        // Refused here without sending it; the same sentence the core gives for an oversized text.
        if (text === undefined) throw new ApiError({ code: 'Validation', message: 'file too large', reason: 'templateFileTooLarge' });
        const added = await api.templates.import({ text });
        return t('templates.imported', { count: added.length, names: added.map((template) => template.name).join(', ') });
      },
      (error) => t('templates.errors.importFailed', { file: file.name, reason: templateErrorMessage(t, error) }),
    );

  return (
    <Dialog title={t('templates.pickerHeading')} onClose={onClose} className="template-dialog">
      {list.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, list.error)}</p>}
      {list.status === 'ready' && templates.length === 0 && <p className="muted">{t('templates.empty')}</p>}
      <ul className="template-list" aria-label={t('templates.listLabel')} aria-busy={list.status === 'loading'}>
        {!managing && (
          <li>
            <TemplateChoice name={t('templates.blank')} description={t('templates.blankDescription')} disabled={busy} onChoose={() => create()} />
          </li>
        )}
        {templates.map((template) => (
          <li key={template.id}>
            {managing ? (
              <TemplateManageRow
                template={template}
                busy={busy}
                onSave={(changes) => run(async () => {
                  const saved = await api.templates.update({ id: template.id, ...changes });
                  return t('templates.savedTemplate', { name: saved.name });
                })}
                onDuplicate={() => void duplicate(template)}
                onDelete={() => void remove(template)}
                onExport={() => void exportTemplates([template.id])}
              />
            ) : (
              <TemplateChoice name={template.name} description={template.description} disabled={busy} onChoose={() => create(template.id)} />
            )}
          </li>
        ))}
      </ul>

      <p className={notice?.error === true ? 'error-text dialog-notice' : 'muted dialog-notice'} role="status">
        {notice?.text ?? ''}
      </p>

      <div className="dialog-actions">
        <button ref={manageToggle} type="button" className="button-quiet" aria-pressed={managing} onClick={() => setManaging((value) => !value)}>
          {t('templates.manage')}
        </button>
        {managing && (
          <>
            <button type="button" className="button-quiet" disabled={busy} onClick={() => fileInput.current?.click()}>
              {t('templates.import')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              hidden
              aria-label={t('templates.importFile')}
              onChange={(event) => {
                const file = event.target.files?.[0];
                // Cleared so choosing the same file again (after fixing it) still fires a change.
                event.target.value = '';
                if (file !== undefined) void importFile(file);
              }}
            />
            <button type="button" className="button-quiet" disabled={busy || templates.length === 0} onClick={() => void exportTemplates()}>
              {t('templates.exportAll')}
            </button>
          </>
        )}
        <button type="button" className="button-quiet dialog-close" onClick={onClose}>
          {t('templates.close')}
        </button>
      </div>
    </Dialog>
  );
}
