import { useTranslation } from 'react-i18next';
import { sides, type DiffPart } from '../../../shared/history/wordDiff.ts';

function Parts({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} className="diff-removed" title={t('history.removed')}>{part.text}</del>
        ) : (
          <ins key={index} className="diff-added" title={t('history.added')}>{part.text}</ins>
        ),
      )}
    </>
  );
}

/** One field's changes, inline (struck and inserted words in one text) or side by side. */
export function DiffView({ parts, mode }: { parts: readonly DiffPart[]; mode: 'inline' | 'sideBySide' }) {
  const { t } = useTranslation();
  if (mode === 'inline') {
    return (
      <div className="diff-text">
        <Parts parts={parts} />
      </div>
    );
  }
  const { before, after } = sides(parts);
  return (
    <div className="diff-sides">
      <div className="diff-text" role="group" aria-label={t('history.older')}>
        <Parts parts={before} />
      </div>
      <div className="diff-text" role="group" aria-label={t('history.newer')}>
        <Parts parts={after} />
      </div>
    </div>
  );
}
