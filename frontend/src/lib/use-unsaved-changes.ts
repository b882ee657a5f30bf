import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Guards input that has not been saved: in-app navigation to another page is held (the caller shows
 * UnsavedChangesDialog for the returned blocker), and closing or reloading the tab asks the browser's own question.
 * Changing only the query or hash of the same page is not leaving it.
 */
export function useUnsavedChanges(dirty: boolean): Blocker {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
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
  return blocker;
}

/** True when two form states differ in anything a person typed (plain data only). */
export function hasChanges(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
