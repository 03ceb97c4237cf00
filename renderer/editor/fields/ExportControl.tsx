import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../src/ApiContext.tsx';
import { errorMessage } from '../../src/errors.ts';
import { downloadBase64 } from '../../library/transfer/fileBase64.ts';

const FORMATS = ['docx', 'html', 'md', 'json'] as const;

/** "Xuất bài": the article as a file, saved first so the file holds what is on screen. */
export interface ExportControlProps {
  articleId: string;
  saveFirst(): Promise<boolean>;
  /** How the file reaches the disk: a browser download unless a test watches it. */
  save?: (fileName: string, dataBase64: string) => void;
}

export function ExportControl({ articleId, saveFirst, save = downloadBase64 }: ExportControlProps) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('docx');
  const [note, setNote] = useState<{ text: string; error: boolean } | undefined>();
  const run = async () => {
    try {
      if (!(await saveFirst())) return;
      const file = await api.articles.export({ id: articleId, format });
      save(file.fileName, file.dataBase64);
      setNote({ text: t('transfer.exported', { file: file.fileName }), error: false });
    } catch (error) {
      setNote({ text: errorMessage(t, error), error: true });
    }
  };
  return (
    <div className="export-control">
      <label className="field-label" htmlFor={id}>{t('transfer.exportFormat')}</label>
      <select id={id} className="text-input" value={format} onChange={(event) => setFormat(event.target.value as (typeof FORMATS)[number])}>
        {FORMATS.map((value) => (
          <option key={value} value={value}>{t(`transfer.formats.${value}`)}</option>
        ))}
      </select>
      <button type="button" className="button-quiet" onClick={() => void run()}>{t('transfer.export')}</button>
      <p className={note?.error === true ? 'error-text' : 'muted'} role="status">{note?.text ?? ''}</p>
    </div>
  );
}
