import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../src/i18n.ts';
import type { ArticleCounts } from './articleCounts.ts';

/** Reading time as a phrase: "khoảng 3 phút đọc", or that there is nothing to read yet. */
export function useReadingTime(): (counts: ArticleCounts) => string {
  const { t } = useTranslation();
  return (counts) => (counts.readingMinutes === 0 ? t('fields.counts.readingNone') : t('fields.counts.reading', { count: counts.readingMinutes }));
}

/** "Thống kê bài" in the side column: every count, with what they cover. */
export function ArticleStats({ counts }: { counts: ArticleCounts }) {
  const { t, i18n } = useTranslation();
  const readingTime = useReadingTime();
  const headingId = useId();
  const format = (n: number) => n.toLocaleString(localeOf(i18n.language));
  return (
    <section className="article-stats" aria-labelledby={headingId}>
      <h3 id={headingId} className="field-label">{t('fields.counts.heading')}</h3>
      <ul data-testid="article-stats">
        <li>{t('fields.counts.words', { count: counts.words, formatted: format(counts.words) })}</li>
        <li>{t('fields.counts.characters', { formatted: format(counts.characters) })}</li>
        <li>{t('fields.counts.charactersNoSpaces', { formatted: format(counts.charactersNoSpaces) })}</li>
        <li>{readingTime(counts)}</li>
      </ul>
      <p className="muted">{t('fields.counts.scope')}</p>
    </section>
  );
}
