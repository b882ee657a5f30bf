import { useId } from 'react';
import { useModalDialog } from '@/lib/use-modal-dialog';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '@/features/auth/components/login-form';
import type { LoginResponse } from '@/features/auth/api/login';

type Props = {
  open: boolean;
  /** Whose session ended, to fill in the user name. */
  username?: string;
  /** The sign-in page with the way back here, for those who prefer it (their input on this page is then lost). */
  signInPage: string;
  onSignedIn: (who: LoginResponse) => void;
};

/**
 * Shown over the page when a save failed because the session had ended: the page, and the form with everything typed
 * into it, stays where it is underneath; after signing in here the person saves again. Native modal <dialog>: it traps
 * focus, and Escape does not close it (there is nothing to go back to without a session).
 */
export function SessionExpiredDialog({ open, username, signInPage, onSignedIn }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  const titleId = useId();
  const textId = useId();

  return (
    <dialog ref={ref} className="dialog session-expired" role="alertdialog" aria-labelledby={titleId} aria-describedby={textId}
      onCancel={(e) => e.preventDefault()}>
      <h2 id={titleId}>{t('auth.sessionEnded.title')}</h2>
      <p id={textId}>{t('auth.sessionEnded.text')}</p>
      {open && <LoginForm onSuccess={onSignedIn} initialUsername={username} />}
      <p><Link to={signInPage}>{t('auth.sessionEnded.toSignInPage')}</Link></p>
    </dialog>
  );
}
