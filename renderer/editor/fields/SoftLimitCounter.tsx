import { useTranslation } from 'react-i18next';
import { localeOf } from '../../src/i18n.ts';

export interface SoftLimitCounterProps {
  /** Referenced by the field's aria-describedby. */
  id: string;
  value: number;
  max: number;
  kind: 'title' | 'sapo';
}

/**
 * "42/100 ký tự": turns red past the limit and says by how much. A soft limit: the
 * field never refuses input. Screen readers hear it with the field (aria-describedby)
 * and once when the limit is crossed (the status line), not on every keystroke.
 */
export function SoftLimitCounter({ id, value, max, kind }: SoftLimitCounterProps) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => n.toLocaleString(localeOf(i18n.language));
  const over = value > max;
  const count = t(kind === 'title' ? 'fields.titleCount' : 'fields.sapoCount', { value: format(value), max: format(max) });
  return (
    <>
      <span id={id} className={over ? 'soft-count soft-count-over' : 'soft-count'} data-testid={`${kind}-count`}>
        {over ? `${count} · ${t('fields.overBy', { value: format(value - max) })}` : count}
      </span>
      <span className="visually-hidden" role="status">
        {over ? t(kind === 'title' ? 'fields.titleOver' : 'fields.sapoOver', { max: format(max) }) : ''}
      </span>
    </>
  );
}
