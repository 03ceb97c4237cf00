import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/article.ts';
import { countText } from '../../../shared/text/counts.ts';
import { SoftLimitCounter } from './SoftLimitCounter.tsx';

export interface TitleFieldProps {
  id: string;
  /** Where Enter goes: the lead. */
  nextId: string;
  value: string;
  /** The newsroom's soft limit in characters. */
  max: number;
  onChange(value: string): void;
}

/** The headline ("Tiêu đề"), with its character counter. */
export function TitleField({ id, nextId, value, max, onChange }: TitleFieldProps) {
  const { t } = useTranslation();
  const counterId = useId();
  return (
    <>
      <div className="field-head">
        <label className="field-label" htmlFor={id}>{t('editor.title')}</label>
        <SoftLimitCounter id={counterId} value={countText(value).characters} max={max} kind="title" />
      </div>
      <textarea
        id={id}
        className="title-input"
        rows={2}
        maxLength={LIMITS.title}
        aria-describedby={counterId}
        placeholder={t('editor.titlePlaceholder')}
        value={value}
        onKeyDown={(event) => {
          // A headline is one line; Enter moves on to the lead as it would in a form.
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            document.getElementById(nextId)?.focus();
          }
        }}
        onChange={(event) => onChange(event.target.value.replace(/[\r\n]+/g, ' '))}
      />
    </>
  );
}
