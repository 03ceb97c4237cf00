import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

export interface UrlPromptProps {
  label: string;
  hint: string;
  applyLabel: string;
  cancelLabel: string;
  initial?: string;
  /** Shown as an extra button (remove the link being edited). */
  remove?: { label: string; onRemove(): void };
  /** Applies the address; returns an error sentence to show when it is refused. */
  onApply(value: string): string | undefined;
  onCancel(): void;
}

/**
 * The address box the toolbar opens for a link or an embed: Electron has no
 * `window.prompt`, and a dialog would hide the text being linked. Enter applies, Esc
 * cancels; a refused address stays in the box with the reason, so it can be corrected.
 */
export function UrlPrompt({ label, hint, applyLabel, cancelLabel, initial = '', remove, onApply, onCancel }: UrlPromptProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), hint: useId(), error: useId() };

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    // Never a navigation: the CSP's form-action 'none' would refuse it anyway.
    event.preventDefault();
    setError(onApply(value));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <form className="url-prompt" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <label className="field-label" htmlFor={ids.input}>{label}</label>
      <div className="url-prompt-row">
        <input
          ref={input}
          id={ids.input}
          className="text-input"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={value}
          aria-describedby={error === undefined ? ids.hint : `${ids.error} ${ids.hint}`}
          aria-invalid={error === undefined ? undefined : true}
          onChange={(event) => {
            setValue(event.target.value);
            setError(undefined);
          }}
        />
        <button type="submit" className="button-primary">{applyLabel}</button>
        {remove !== undefined && (
          <button type="button" className="button-quiet" onClick={remove.onRemove}>{remove.label}</button>
        )}
        <button type="button" className="button-quiet" onClick={onCancel}>{cancelLabel}</button>
      </div>
      <small id={ids.hint} className="muted">{hint}</small>
      {error !== undefined && (
        <p id={ids.error} className="error-text url-prompt-error" role="alert">{error}</p>
      )}
    </form>
  );
}
