import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/article.ts';

export interface DatelineFieldProps {
  value: string;
  onChange(value: string): void;
}

/** "Nơi viết": where the story was filed, a place name (a district, a commune). */
export function DatelineField({ value, onChange }: DatelineFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label className="field-label" htmlFor={id}>{t('fields.dateline')}</label>
      <input
        id={id}
        className="text-input"
        maxLength={LIMITS.dateline}
        placeholder={t('fields.datelinePlaceholder')}
        value={value}
        onChange={(event) => onChange(event.target.value.replace(/[\r\n]+/g, ' '))}
      />
    </>
  );
}
