import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract/client.ts';
import { LIMITS, NEWSROOM_BOUNDS, type NewsroomSettings } from '../../../shared/domain/article.ts';
import { useApi } from '../../src/ApiContext.tsx';
import { errorMessage } from '../../src/errors.ts';

type LimitField = 'titleMaxChars' | 'sapoMaxWords';

function parseLimit(text: string, field: LimitField): number | undefined {
  const value = Number(text.trim());
  const { min, max } = NEWSROOM_BOUNDS[field];
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

export interface NewsroomSettingsFormProps {
  initial: NewsroomSettings;
  onSaved(settings: NewsroomSettings): void;
}

/**
 * "Quy định tòa soạn": soft limits, source prefix, the default pen name and the
 * typography applied to pasted text. A form of
 * its own so the settings page can show it too; the editor opens it in a dialog.
 */
export function NewsroomSettingsForm({ initial, onSaved }: NewsroomSettingsFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { title: useId(), sapo: useId(), prefix: useId(), prefixHint: useId(), byline: useId(), bylineHint: useId() };
  // Numbers stay text while typed, so clearing the box to retype is not fought.
  const [limits, setLimits] = useState<Record<LimitField, string>>({
    titleMaxChars: String(initial.titleMaxChars),
    sapoMaxWords: String(initial.sapoMaxWords),
  });
  const [prefix, setPrefix] = useState(initial.sourcePrefix);
  const [byline, setByline] = useState(initial.defaultByline);
  const [typography, setTypography] = useState(initial.typography);
  const [invalid, setInvalid] = useState<LimitField | 'sourcePrefix' | undefined>();
  const [result, setResult] = useState<{ text: string; error: boolean } | undefined>();
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const titleMaxChars = parseLimit(limits.titleMaxChars, 'titleMaxChars');
    const sapoMaxWords = parseLimit(limits.sapoMaxWords, 'sapoMaxWords');
    const bad: LimitField | undefined = titleMaxChars === undefined ? 'titleMaxChars' : sapoMaxWords === undefined ? 'sapoMaxWords' : undefined;
    setInvalid(bad);
    if (bad !== undefined) {
      setResult({ text: t('newsroom.outOfRange', { field: t(`newsroom.${bad}`), ...NEWSROOM_BOUNDS[bad] }), error: true });
      return;
    }
    setSaving(true);
    try {
      // "(QTO)" typed with its brackets means QTO: the brackets are added by the prefix itself.
      const sourcePrefix = prefix.trim().replace(/^\((.*)\)$/u, '$1').trim();
      const saved = await api.newsroom.setSettings({ titleMaxChars, sapoMaxWords, sourcePrefix, defaultByline: byline, typography });
      setPrefix(saved.sourcePrefix);
      setByline(saved.defaultByline);
      setTypography(saved.typography);
      setResult({ text: t('newsroom.saved'), error: false });
      onSaved(saved);
    } catch (error) {
      const badPrefix = error instanceof ApiError && error.reason === 'invalidSourcePrefix';
      setInvalid(badPrefix ? 'sourcePrefix' : undefined);
      setResult({ text: badPrefix ? t('newsroom.invalidSourcePrefix') : errorMessage(t, error), error: true });
    } finally {
      setSaving(false);
    }
  };

  const limitInput = (field: LimitField, id: string) => (
    <input
      id={id}
      className="text-input number-input"
      type="number"
      min={NEWSROOM_BOUNDS[field].min}
      max={NEWSROOM_BOUNDS[field].max}
      step={1}
      aria-invalid={invalid === field}
      value={limits[field]}
      onChange={(event) => setLimits((current) => ({ ...current, [field]: event.target.value }))}
    />
  );

  // noValidate: the browser's own range bubble speaks the OS language; the sentence below is translated.
  return (
    <form className="newsroom-form" onSubmit={(event) => void save(event)} noValidate>
      <p className="muted">{t('newsroom.intro')}</p>
      <label className="field-label" htmlFor={ids.title}>{t('newsroom.titleMaxChars')}</label>
      {limitInput('titleMaxChars', ids.title)}
      <label className="field-label" htmlFor={ids.sapo}>{t('newsroom.sapoMaxWords')}</label>
      {limitInput('sapoMaxWords', ids.sapo)}

      <label className="field-label" htmlFor={ids.prefix}>{t('newsroom.sourcePrefix')}</label>
      <input
        id={ids.prefix}
        className="text-input"
        maxLength={NEWSROOM_BOUNDS.sourcePrefix + 2}
        aria-describedby={ids.prefixHint}
        aria-invalid={invalid === 'sourcePrefix'}
        value={prefix}
        onChange={(event) => setPrefix(event.target.value)}
      />
      <small id={ids.prefixHint} className="muted">{t('newsroom.sourcePrefixHint')}</small>

      <label className="field-label" htmlFor={ids.byline}>{t('newsroom.defaultByline')}</label>
      <input
        id={ids.byline}
        className="text-input"
        maxLength={LIMITS.byline}
        aria-describedby={ids.bylineHint}
        value={byline}
        onChange={(event) => setByline(event.target.value)}
      />
      <small id={ids.bylineHint} className="muted">{t('newsroom.defaultBylineHint')}</small>

      {/* Applied to pasted text only: what the reporter types is left exactly as typed. */}
      <fieldset className="newsroom-typography">
        <legend className="field-label">{t('newsroom.typography')}</legend>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={typography.curlyQuotes}
            onChange={(event) => setTypography((current) => ({ ...current, curlyQuotes: event.target.checked }))}
          />
          {t('newsroom.curlyQuotes')}
        </label>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={typography.ellipsis}
            onChange={(event) => setTypography((current) => ({ ...current, ellipsis: event.target.checked }))}
          />
          {t('newsroom.ellipsis')}
        </label>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>{t('newsroom.save')}</button>
        <span className={result?.error === true ? 'error-text' : 'muted'} role="status">{result?.text ?? ''}</span>
      </div>
    </form>
  );
}
