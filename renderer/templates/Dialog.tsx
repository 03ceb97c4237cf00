import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useModalHost } from '../src/useModalHost.ts';
import { wrapTab } from '../src/wrapTab.ts';
import './templates.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement | null): HTMLElement[] {
  return root === null ? [] : Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.hidden);
}

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Extra class on the panel, for a wider dialog. */
  className?: string;
}

/**
 * A modal dialog without `<dialog>.showModal()` (jsdom has none, so tests would take
 * another path): focus moves in and is kept in with Tab, the rest of the page is made
 * `inert`, Escape closes, and focus goes back to whatever opened it.
 */
export function Dialog({ title, onClose, children, className }: DialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  // Everything else on the page is out of reach while the dialog is open, for mouse, keyboard and screen readers.
  const host = useModalHost('dialog-host');

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = focusables(panel.current).find((element) => element.dataset.autofocus !== undefined) ?? focusables(panel.current)[0];
    (first ?? panel.current)?.focus();
    return () => {
      if (opener?.isConnected === true) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      closeRef.current();
      return;
    }
    wrapTab(event, focusables(panel.current));
  };

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={panel}
        className={`dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="dialog-header">
          <h2 id={titleId} className="dialog-title">{title}</h2>
        </div>
        {children}
      </div>
    </div>,
    host,
  );
}
