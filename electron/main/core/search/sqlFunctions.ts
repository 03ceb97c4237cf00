import { docToPlainText, type DocNode } from '../../../../shared/domain/articleBody.ts';
import { foldedText, toneText } from '../../../../shared/search/searchKeys.ts';
import type { Db } from '../db/Db.ts';

/**
 * SQL functions the search index's triggers call, so every write of an article (the app,
 * the CLI, a restore, a sync pull) re-indexes it in the same transaction, whatever code
 * path wrote it. Registered on every connection before migrations run.
 */
export function registerSearchFunctions(db: Db): void {
  // Each trigger reads one body twice (folded and tone keys): keep the last one parsed.
  let lastJson: string | undefined;
  let lastText = '';
  const bodyText = (json: unknown): string => {
    if (typeof json !== 'string') return '';
    if (json !== lastJson) {
      // Editor's notes are the reporter's own words on this laptop: findable here, never published.
      lastText = docToPlainText(JSON.parse(json) as DocNode, { editorNotes: 'keep' });
      lastJson = json;
    }
    return lastText;
  };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  db.function('toasoan_body_text', { deterministic: true }, bodyText);
  db.function('toasoan_tags_text', { deterministic: true }, (json: unknown) =>
    typeof json === 'string' ? (JSON.parse(json) as unknown[]).filter((tag) => typeof tag === 'string').join(' ; ') : '',
  );
  db.function('toasoan_fold', { deterministic: true }, (value: unknown) => foldedText(text(value)));
  db.function('toasoan_tones', { deterministic: true }, (value: unknown) => toneText(text(value)));
}
