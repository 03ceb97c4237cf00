import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../src/mediaUrl.ts';
import type { FigureChoice } from './figures.ts';

export interface FeaturedPhotoFieldProps {
  /** The body's photos, from the body as it stood when typing last settled (useArticleDraft). */
  choices: readonly FigureChoice[];
  /** The chosen photo's hash; null for "the first photo". */
  value: string | null;
  onChange(value: string | null): void;
}

/**
 * "Ảnh đại diện": one of the article's photos, shown with its caption and credit.
 * Radios are named "Ảnh 1", "Ảnh 2" and described by the caption: a caption is the
 * reporter's text and may contain any word, so it must not become a control's label.
 */
export function FeaturedPhotoField({ choices, value, onChange }: FeaturedPhotoFieldProps) {
  const { t } = useTranslation();
  const base = useId();
  const missing = value !== null && !choices.some((choice) => choice.media === value);
  const name = `${base}-featured`;

  return (
    <fieldset className="featured-photo">
      <legend className="field-label">{t('fields.featured.heading')}</legend>
      {choices.length === 0 ? (
        <p className="muted featured-empty">{t('fields.featured.none')}</p>
      ) : (
        <>
          <div className="featured-option">
            <input id={`${base}-auto`} type="radio" name={name} checked={value === null || missing} onChange={() => onChange(null)} />
            <label htmlFor={`${base}-auto`}>{t('fields.featured.auto')}</label>
          </div>
          {choices.map((choice, index) => {
            const id = `${base}-${index}`;
            const caption = choice.caption === '' ? t('fields.featured.noCaption') : choice.caption;
            return (
              <div className="featured-option" key={choice.media}>
                <input id={id} type="radio" name={name} aria-describedby={`${id}-caption`} checked={value === choice.media} onChange={() => onChange(choice.media)} />
                <label htmlFor={id}>
                  <img className="featured-thumb" src={mediaUrl(choice.media)} alt="" width={48} height={48} loading="lazy" />
                  {t('fields.featured.photo', { n: index + 1 })}
                </label>
                <span id={`${id}-caption`} className="featured-caption">
                  {caption}
                  {choice.credit !== '' && <span className="muted"> — {t('fields.featured.credit', { credit: choice.credit })}</span>}
                </span>
              </div>
            );
          })}
          {missing && <p className="muted featured-missing">{t('fields.featured.missing')}</p>}
        </>
      )}
    </fieldset>
  );
}
