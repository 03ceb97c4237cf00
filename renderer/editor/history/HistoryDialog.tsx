import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields, Revision, RevisionSummary } from '../../../shared/domain/article.ts';
import { useApi } from '../../src/ApiContext.tsx';
import { errorMessage } from '../../src/errors.ts';
import { localeOf } from '../../src/i18n.ts';
import { useAsync } from '../../src/useAsync.ts';
import { Dialog } from '../../templates/Dialog.tsx';
import { compareFields } from './compareFields.ts';
import { DiffView } from './DiffView.tsx';
import { timeline } from './timeline.ts';
import './history.css';

export interface HistoryDialogProps {
  articleId: string;
  /** The article as typed now, compared when one version is chosen. */
  current(): ArticleFields;
  /** Saves what is typed first; false when that failed (nothing is restored then). */
  saveFirst(): Promise<boolean>;
  onRestored(): void;
  onClose(): void;
}

type Compared = { older: { label: string; fields: ArticleFields }; newer: { label: string; fields: ArticleFields } };

/**
 * "Lịch sử phiên bản": every kept version of the article, newest first, with autosaves
 * folded; name the current text as a version; compare any two (or one with the text now),
 * word by word; restore one (the text it replaces is kept as a version first).
 */
export function HistoryDialog({ articleId, current, saveFirst, onRestored, onClose }: HistoryDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const locale = localeOf(i18n.language);
  const [list, reload] = useAsync(() => api.articles.listRevisions({ id: articleId }), [api, articleId]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [openRuns, setOpenRuns] = useState<Set<number>>(new Set());
  const [label, setLabel] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | undefined>();
  const [compared, setCompared] = useState<Compared | undefined>();
  const [mode, setMode] = useState<'inline' | 'sideBySide'>('inline');
  const [confirming, setConfirming] = useState<RevisionSummary | undefined>();
  const labelId = useId();
  const time = (at: number) => new Date(at).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
  const name = (revision: RevisionSummary) => (revision.label !== '' ? revision.label : t(`history.kind.${revision.kind}`));

  const fail = (error: unknown) => setNotice({ text: errorMessage(t, error), error: true });

  const saveNamed = async () => {
    try {
      if (!(await saveFirst())) return;
      await api.articles.saveRevision({ id: articleId, label });
      setLabel('');
      setNotice({ text: t('history.saved'), error: false });
      reload();
    } catch (error) {
      fail(error);
    }
  };

  const toggle = (id: number) => {
    setCompared(undefined);
    setChosen((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id].slice(-2)));
  };

  const compare = async () => {
    try {
      const revisions: Revision[] = await Promise.all(chosen.map((revisionId) => api.articles.getRevision({ id: articleId, revisionId })));
      const [a, b] = [...revisions].sort((x, y) => x.createdAt - y.createdAt || x.id - y.id);
      if (a === undefined) return;
      const side = (revision: Revision) => ({ label: `${name(revision)} · ${time(revision.createdAt)}`, fields: revision.fields });
      setCompared(b === undefined ? { older: side(a), newer: { label: t('history.now'), fields: current() } } : { older: side(a), newer: side(b) });
    } catch (error) {
      fail(error);
    }
  };

  const restore = async (revision: RevisionSummary) => {
    setConfirming(undefined);
    try {
      if (!(await saveFirst())) return;
      await api.articles.restoreRevision({ id: articleId, revisionId: revision.id });
      onRestored();
    } catch (error) {
      fail(error);
    }
  };

  const row = (revision: RevisionSummary) => (
    <li key={revision.id} className="history-row">
      <label className="history-choose">
        <input type="checkbox" checked={chosen.includes(revision.id)} onChange={() => toggle(revision.id)} />
        <span className={`history-kind history-kind-${revision.kind}`}>{name(revision)}</span>
        <time dateTime={new Date(revision.createdAt).toISOString()}>{time(revision.createdAt)}</time>
        <span className="muted">{t('history.words', { formatted: revision.wordCount.toLocaleString(locale) })}</span>
      </label>
      <button type="button" className="button-quiet" onClick={() => setConfirming(revision)}>
        {t('history.restore')}
      </button>
    </li>
  );

  const changes = compared === undefined ? [] : compareFields(compared.older.fields, compared.newer.fields);
  return (
    <Dialog title={t('history.heading')} onClose={onClose} className="history-dialog">
      <div className="history-save">
        <label className="field-label" htmlFor={labelId}>{t('history.labelField')}</label>
        <div className="history-save-row">
          <input id={labelId} className="text-input" maxLength={120} value={label} onChange={(event) => setLabel(event.target.value)} />
          <button type="button" className="button-primary" onClick={() => void saveNamed()}>{t('history.saveNamed')}</button>
        </div>
      </div>
      <p className={notice?.error === true ? 'error-text' : 'muted'} role="status">{notice?.text ?? ''}</p>

      {list.status === 'failed' && <p role="alert" className="error-text">{errorMessage(t, list.error)}</p>}
      {list.status === 'ready' && list.value.length === 0 && <p className="muted">{t('history.empty')}</p>}
      {list.status === 'ready' && list.value.length > 0 && (
        <ol className="history-list" aria-label={t('history.listLabel')}>
          {timeline(list.value).map((entry) => {
            if (entry.kind === 'version') return row(entry.revision);
            const first = entry.revisions[0] as RevisionSummary;
            const last = entry.revisions[entry.revisions.length - 1] as RevisionSummary;
            const open = openRuns.has(first.id);
            return (
              <li key={`run-${first.id}`} className="history-run">
                <button
                  type="button"
                  className="button-link"
                  aria-expanded={open}
                  onClick={() => setOpenRuns((runs) => new Set(open ? [...runs].filter((id) => id !== first.id) : [...runs, first.id]))}
                >
                  {t('history.autosaves', { count: entry.revisions.length, from: time(last.createdAt), to: time(first.createdAt) })}
                </button>
                {open && <ol className="history-list">{entry.revisions.map(row)}</ol>}
              </li>
            );
          })}
        </ol>
      )}

      <div className="dialog-actions">
        <button type="button" className="button-quiet" disabled={chosen.length === 0} onClick={() => void compare()}>
          {chosen.length < 2 ? t('history.compareWithNow') : t('history.compare')}
        </button>
        <button type="button" className="button-quiet dialog-close" onClick={onClose}>{t('history.close')}</button>
      </div>

      {confirming !== undefined && (
        <div className="history-confirm" role="alertdialog" aria-label={t('history.restore')}>
          <p>{t('history.confirmRestore', { name: name(confirming), time: time(confirming.createdAt) })}</p>
          <button type="button" className="button-primary" onClick={() => void restore(confirming)}>{t('history.restore')}</button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(undefined)}>{t('history.cancel')}</button>
        </div>
      )}

      {compared !== undefined && (
        <section className="history-compare" aria-label={t('history.comparison')}>
          <p className="muted">{t('history.comparing', { older: compared.older.label, newer: compared.newer.label })}</p>
          <div role="group" aria-label={t('history.view')} className="history-modes">
            <button type="button" className="button-quiet" aria-pressed={mode === 'inline'} onClick={() => setMode('inline')}>{t('history.inline')}</button>
            <button type="button" className="button-quiet" aria-pressed={mode === 'sideBySide'} onClick={() => setMode('sideBySide')}>{t('history.sideBySide')}</button>
          </div>
          {changes.length === 0 && <p>{t('history.same')}</p>}
          {changes.map(({ field, parts }) => (
            <div key={field} className="history-field">
              <h3 className="field-label">{t(`history.field.${field}`)}</h3>
              <DiffView parts={parts} mode={mode} />
            </div>
          ))}
        </section>
      )}
    </Dialog>
  );
}
