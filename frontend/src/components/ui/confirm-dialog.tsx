import { useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from '@/lib/use-modal-dialog';

type Props = {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** `warning` for what cannot simply be undone (archive); `primary` for an ordinary decision (approve). */
  tone?: 'warning' | 'primary';
  /** More than a sentence, e.g. what a publication changes; shown below the text. */
  children?: ReactNode;
};

/**
 * Modal confirmation on the native <dialog>, which traps focus and closes on Escape. It opens on the safe choice
 * (cancel) and gives focus back to whatever opened it when it closes or goes away, also on Escape.
 */
export function ConfirmDialog({ open, title, text, confirmLabel, cancelLabel, onConfirm, onCancel, tone = 'warning', children }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // showModal focuses the first button (confirm); the safe choice comes first for the keyboard.
  const ref = useModalDialog(open, { initialFocus: cancelRef, restoreFocus: true });
  const titleId = useId();
  const textId = useId();

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} aria-describedby={textId} onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id={titleId}>{title}</h2>
      <p id={textId}>{text}</p>
      {children}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onCancel} ref={cancelRef}>{cancelLabel}</button>
        <button type="button" className={tone === 'warning' ? 'button button--warning' : 'button'} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
