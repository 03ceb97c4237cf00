import { useId, useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/article.ts';
import { formatSourcePrefix, keepSourcePrefix, SOURCE_PREFIX, stripSourcePrefix, withSourcePrefix } from '../../../shared/templates/sourcePrefix.ts';
import { countWords } from '../../../shared/text/wordCount.ts';
import { SoftLimitCounter } from './SoftLimitCounter.tsx';

export interface SapoFieldProps {
  id: string;
  value: string;
  /** The newsroom's soft limit in words, the source prefix not counted. */
  max: number;
  /** The newsroom's source code ("QTO"); '' when the helper is off. */
  sourceCode: string;
  onChange(value: string): void;
}

/**
 * The lead ("Sapo"), with its word counter and the source prefix helper: while the
 * lead starts with "(QTO) - " and the setting is on, edits that would break the prefix
 * are repaired (rules in shared/templates/sourcePrefix.ts) and the caret is put back
 * after what was typed. During IME composition nothing is touched; the repair, if any,
 * runs when the syllable is committed.
 */
export function SapoField({ id, value, max, sourceCode, onChange }: SapoFieldProps) {
  const { t } = useTranslation();
  const ids = { counter: useId(), prefix: useId() };
  const input = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | undefined>(undefined);
  const beforeComposition = useRef<string | undefined>(undefined);
  const prefix = sourceCode === '' ? '' : formatSourcePrefix(sourceCode);
  const guarded = prefix !== '' && value.startsWith(prefix);

  useLayoutEffect(() => {
    if (caret.current === undefined) return;
    input.current?.setSelectionRange(caret.current, caret.current);
    caret.current = undefined;
  });

  const apply = (previous: string, next: string) => {
    const repair = keepSourcePrefix(previous, next, sourceCode);
    if (repair === undefined) {
      if (next !== value) onChange(next);
      return;
    }
    caret.current = repair.caret;
    onChange(repair.value);
  };

  const onInput = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value;
    if ((event.nativeEvent as InputEvent).isComposing || beforeComposition.current !== undefined) {
      onChange(next);
      return;
    }
    apply(value, next);
  };

  return (
    <>
      <div className="field-head">
        <label className="field-label" htmlFor={id}>{t('editor.sapo')}</label>
        <span className="field-tools">
          {guarded && (
            <button type="button" className="button-link" onClick={() => onChange(stripSourcePrefix(value))}>
              {t('fields.prefixRemove', { prefix: `(${sourceCode})` })}
            </button>
          )}
          {prefix !== '' && !SOURCE_PREFIX.test(value) && (
            <button type="button" className="button-link" onClick={() => onChange(withSourcePrefix(value, sourceCode))}>
              {t('fields.prefixAdd', { prefix: `(${sourceCode})` })}
            </button>
          )}
          <SoftLimitCounter id={ids.counter} value={countWords(stripSourcePrefix(value))} max={max} kind="sapo" />
        </span>
      </div>
      {guarded && (
        <span id={ids.prefix} className="visually-hidden">
          {t('fields.sapoPrefixKept', { prefix: prefix.trim() })}
        </span>
      )}
      <textarea
        ref={input}
        id={id}
        className="sapo-input"
        rows={3}
        maxLength={LIMITS.sapo}
        aria-describedby={guarded ? `${ids.counter} ${ids.prefix}` : ids.counter}
        placeholder={t('editor.sapoPlaceholder')}
        value={value}
        onCompositionStart={() => {
          beforeComposition.current = value;
        }}
        onCompositionEnd={(event) => {
          const before = beforeComposition.current;
          beforeComposition.current = undefined;
          if (before !== undefined) apply(before, event.currentTarget.value);
        }}
        onChange={onInput}
      />
    </>
  );
}
