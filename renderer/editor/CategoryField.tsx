import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/domain/article.ts';
import type { SiteTerm } from '../../shared/domain/site.ts';
import { categoryTree } from './categoryTree.ts';

export interface CategoryFieldProps {
  id: string;
  value: string;
  /** The active site's categories; empty when no site is connected (or none is cached yet). */
  categories: readonly SiteTerm[];
  onChange(value: string): void;
}

/** Indentation a <select> can show: options take no padding, so depth is drawn with em spaces. */
const INDENT = '\u2003';

/**
 * "Chuyên mục": the site's categories when a site is connected, free text otherwise
 * (a reporter can file before the laptop ever meets the site). A category typed
 * earlier that the site lacks stays visible and selected, marked, rather than vanish.
 */
export function CategoryField({ id, value, categories, onChange }: CategoryFieldProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => categoryTree(categories), [categories]);
  if (rows.length === 0) {
    return <input id={id} className="text-input" maxLength={LIMITS.category} value={value} onChange={(event) => onChange(event.target.value)} />;
  }
  const known = rows.some((row) => row.term.name === value);
  return (
    <select id={id} className="text-input" value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('editor.categoryNone')}</option>
      {!known && value !== '' && <option value={value}>{t('editor.categoryNotOnSite', { name: value })}</option>}
      {rows.map(({ term, depth }) => (
        <option key={term.id} value={term.name}>
          {INDENT.repeat(depth) + term.name}
        </option>
      ))}
    </select>
  );
}
