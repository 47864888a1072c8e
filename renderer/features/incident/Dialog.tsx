import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside it, Escape closes it, and focus
 * returns to the button that opened it. Named by its heading, so tests and screen readers find it by name.
 */
export function Dialog({ title, onClose, className, children }: { title: string; onClose(): void; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `incident-dialog ${className}` : 'incident-dialog'}
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Escape: let React's state close the dialog, so the store and the element agree.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
