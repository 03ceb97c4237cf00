import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useModalHost } from '../../src/useModalHost.ts';
import { wrapTab } from '../../src/wrapTab.ts';
import './modalDialog.css';

export interface ModalDialogProps {
  /** The visible heading; it also names the dialog (aria-labelledby). */
  heading: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** Text under the heading that describes the dialog (aria-describedby). */
  description?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.closest('[inert]'));
}

/**
 * An accessible modal: labelled by its heading, focus moved in on open and trapped
 * (Tab and Shift+Tab wrap), Esc and the close button close it, and focus goes back to
 * whatever had it before (the button or shortcut that opened it).
 */
export function ModalDialog({ heading, closeLabel, onClose, children, className, description }: ModalDialogProps) {
  const headingId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const host = useModalHost('modal-host');
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    // Focus arriving outside (a click on the backdrop, the browser's own Tab cycle) is brought back.
    const keepFocus = (event: FocusEvent) => {
      const dialog = dialogRef.current;
      if (dialog !== null && event.target instanceof Node && !dialog.contains(event.target)) closeRef.current?.focus();
    };
    document.addEventListener('focusin', keepFocus);
    return () => {
      document.removeEventListener('focusin', keepFocus);
      if (opener?.isConnected === true) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || dialogRef.current === null) return;
    wrapTab(event, focusables(dialogRef.current));
  };

  return createPortal(
    <div
      className="modal-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={dialogRef}
        className={`modal-dialog${className !== undefined ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={description !== undefined ? descriptionId : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="modal-head">
          <h2 id={headingId} className="modal-heading">{heading}</h2>
          <button ref={closeRef} type="button" className="button-quiet modal-close" aria-label={closeLabel} title={closeLabel} onClick={() => onCloseRef.current()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {description !== undefined && <p id={descriptionId} className="modal-description muted">{description}</p>}
        <div className="modal-body">{children}</div>
      </div>
    </div>,
    host,
  );
}
