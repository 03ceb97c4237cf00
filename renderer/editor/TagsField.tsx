import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteTerm } from '../../shared/domain/site.ts';
import { tagSuggestions } from './tagSuggestions.ts';

export interface TagsFieldProps {
  id: string;
  text: string;
  tags: readonly SiteTerm[];
  onChange(text: string): void;
}

/** "Thẻ": comma-separated typing as before, with the site's cached tags offered for the tag being typed. */
export function TagsField({ id, text, tags, onChange }: TagsFieldProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const listId = useId();
  const names = useMemo(() => tags.map((tag) => tag.name), [tags]);
  const suggestions = useMemo(() => tagSuggestions(text, names), [text, names]);
  return (
    <>
      <input
        id={id}
        className="text-input"
        aria-describedby={hintId}
        list={names.length > 0 ? listId : undefined}
        autoComplete="off"
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
      {names.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      <small id={hintId} className="muted">{t('editor.tagsHint')}</small>
    </>
  );
}
