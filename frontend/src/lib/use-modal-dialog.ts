import { useEffect, useRef, type RefObject } from 'react';

type Options = {
  /** Where focus goes when the dialog opens; without it the browser's choice (the first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Give focus back to whatever had it before the dialog opened, when it closes or goes away. */
  restoreFocus?: boolean;
};

/**
 * Opens and closes a native modal <dialog> with `open` (it traps focus; Escape raises its cancel event), also where
 * showModal is missing (the test DOM). Returns the ref for the <dialog>.
 */
export function useModalDialog(open: boolean, { initialFocus, restoreFocus = false }: Options = {}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = restoreFocus && document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      initialFocus?.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      giveFocusBack();
    }
  }, [open]);

  // Callers often unmount the dialog instead of closing it; focus must still go back.
  useEffect(() => () => giveFocusBack(), []);

  function giveFocusBack() {
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  }

  return ref;
}
