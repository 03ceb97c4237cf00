import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingSettings } from '../../shared/domain/site.ts';
import { useApi } from '../src/ApiContext.tsx';
import { errorMessage } from '../src/errors.ts';

/** The usual choices; a value set elsewhere (the CLI) still shows as itself. */
const INTERVALS = [0, 5, 15, 30, 60];

type NumberField = 'imageMaxSide' | 'jpegQuality';

/** The contract's bounds, checked here too because its "too long" reason speaks of characters, not numbers. */
const RANGES: Record<NumberField, { min: number; max: number }> = {
  imageMaxSide: { min: 320, max: 8192 },
  jpegQuality: { min: 40, max: 100 },
};

function parseInRange(text: string, field: NumberField): number | undefined {
  const value = Number(text.trim());
  const { min, max } = RANGES[field];
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

export function PublishingSettingsForm({ initial }: { initial: PublishingSettings }) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { byline: useId(), maxSide: useId(), maxSideHint: useId(), quality: useId(), interval: useId() };
  const [byline, setByline] = useState(initial.bylineParagraph);
  // Numbers stay text while typed, so clearing the box to retype is not fought.
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    imageMaxSide: String(initial.imageMaxSide),
    jpegQuality: String(initial.jpegQuality),
  });
  const [interval, setSyncInterval] = useState(initial.syncIntervalMinutes);
  const [result, setResult] = useState<{ text: string; error: boolean } | undefined>();
  const [invalidField, setInvalidField] = useState<NumberField | undefined>();
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    const imageMaxSide = parseInRange(numbers.imageMaxSide, 'imageMaxSide');
    const jpegQuality = parseInRange(numbers.jpegQuality, 'jpegQuality');
    const bad: NumberField | undefined = imageMaxSide === undefined ? 'imageMaxSide' : jpegQuality === undefined ? 'jpegQuality' : undefined;
    setInvalidField(bad);
    if (bad !== undefined) {
      setResult({ text: t('publishing.outOfRange', { field: t(`publishing.${bad}`), ...RANGES[bad] }), error: true });
      return;
    }
    setSaving(true);
    try {
      const saved = await api.sync.setSettings({ bylineParagraph: byline, imageMaxSide, jpegQuality, syncIntervalMinutes: interval });
      setNumbers({ imageMaxSide: String(saved.imageMaxSide), jpegQuality: String(saved.jpegQuality) });
      setResult({ text: t('publishing.saved'), error: false });
    } catch (error) {
      setResult({ text: errorMessage(t, error), error: true });
    } finally {
      setSaving(false);
    }
  };

  const intervals = INTERVALS.includes(interval) ? INTERVALS : [...INTERVALS, interval].sort((a, b) => a - b);

  // noValidate: the browser's own range bubble speaks the OS language; the sentence below is translated.
  return (
    <form className="settings-form sheet" onSubmit={(event) => void save(event)} noValidate>
      <div className="checkbox-row">
        <input id={ids.byline} type="checkbox" checked={byline} onChange={(event) => setByline(event.target.checked)} />
        <label htmlFor={ids.byline}>{t('publishing.bylineParagraph')}</label>
      </div>

      <label className="field-label" htmlFor={ids.maxSide}>{t('publishing.imageMaxSide')}</label>
      <input
        id={ids.maxSide}
        className="text-input number-input"
        type="number"
        min={320}
        max={8192}
        step={1}
        aria-describedby={ids.maxSideHint}
        aria-invalid={invalidField === 'imageMaxSide'}
        value={numbers.imageMaxSide}
        onChange={(event) => setNumbers((current) => ({ ...current, imageMaxSide: event.target.value }))}
      />
      <small id={ids.maxSideHint} className="muted">{t('publishing.imageHint')}</small>

      <label className="field-label" htmlFor={ids.quality}>{t('publishing.jpegQuality')}</label>
      <input
        id={ids.quality}
        className="text-input number-input"
        type="number"
        min={40}
        max={100}
        step={1}
        aria-invalid={invalidField === 'jpegQuality'}
        value={numbers.jpegQuality}
        onChange={(event) => setNumbers((current) => ({ ...current, jpegQuality: event.target.value }))}
      />

      <label className="field-label" htmlFor={ids.interval}>{t('publishing.syncInterval')}</label>
      <select id={ids.interval} className="text-input" value={interval} onChange={(event) => setSyncInterval(Number(event.target.value))}>
        {intervals.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes === 0 ? t('publishing.intervalOff') : t('publishing.intervalMinutes', { count: minutes })}
          </option>
        ))}
      </select>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {t('publishing.save')}
        </button>
        <span className={result?.error === true ? 'error-text' : 'muted'} role="status">
          {result?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
