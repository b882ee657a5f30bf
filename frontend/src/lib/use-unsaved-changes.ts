import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Guards input that has not been saved: in-app navigation to another page is held (the caller shows
 * UnsavedChangesDialog for the returned blocker), and closing or reloading the tab asks the browser's own question.
 * Changing only the query or hash of the same page is not leaving it.
 */
export function useUnsavedChanges(dirty: boolean): { blocker: Blocker; release: () => void } {
  // Read when a navigation starts, so that "saved, now go to the result" needs no extra render first.
  const released = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !released.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  /** Call right before navigating away after a successful save. */
  const release = useCallback(() => {
    released.current = true;
  }, []);
  return { blocker, release };
}

/** True when two form states differ in anything a person typed (plain data only). */
export function hasChanges(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
