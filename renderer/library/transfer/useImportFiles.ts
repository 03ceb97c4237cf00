import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToasoanApi } from '../../../shared/contract/index.ts';
import { errorMessage } from '../../src/errors.ts';
import { fileBase64 } from './fileBase64.ts';

export interface ImportOutcome {
  text: string;
  error: boolean;
}

/** Imports files one by one (one article each, one transaction each); says what went in and what did not, and why. */
export function useImportFiles(api: ToasoanApi, onDone: () => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>();
  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const done: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      try {
        const article = await api.articles.import({ fileName: file.name, dataBase64: await fileBase64(file) });
        done.push(article.title || t('library.untitled'));
      } catch (error) {
        failed.push(t('transfer.failedOne', { file: file.name, reason: errorMessage(t, error) }));
      }
    }
    const parts = [...(done.length > 0 ? [t('transfer.imported', { count: done.length, titles: done.join(', ') })] : []), ...failed];
    setOutcome({ text: parts.join(' '), error: failed.length > 0 });
    setBusy(false);
    onDone();
  };
  return { busy, outcome, importFiles };
}
