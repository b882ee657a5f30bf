import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogin, type LoginResponse } from '@/features/auth/api/login';
import { ApiError } from '@/lib/api-client';

type Missing = { username?: boolean; password?: boolean };

/** Password sign-in. The server answers 401 for any wrong pair (never saying which part) and 429 while locked. */
export function LoginForm({ onSuccess, initialUsername = '' }: { onSuccess: (who: LoginResponse) => void; initialUsername?: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({});
  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { username: useId(), password: useId() };

  const failure = login.error ? failureMessage(login.error) : undefined;

  // Each failed attempt moves focus to the message, so that it is read out and the user can start again from there.
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure, attempt]);

  function failureMessage(error: Error): string {
    if (!(error instanceof ApiError)) return t('auth.failed');
    if (error.status === 401) return t('auth.wrongCredentials');
    if (error.status === 429 || error.status === 423) return t('auth.locked');
    if (error.status === 0) return t('auth.unreachable');
    return t('auth.failed');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const gaps: Missing = { username: username.trim() === '', password: password === '' };
    setMissing(gaps);
    if (gaps.username || gaps.password) {
      login.reset(); // the previous attempt's "wrong password" no longer describes what is on screen
      (gaps.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    login.mutate({ username: username.trim(), password }, {
      onSuccess,
      onError: () => {
        setPassword('');
        setAttempt((n) => n + 1);
      },
    });
  }

  return (
    <form className="form login-form" noValidate onSubmit={submit}>
      {failure && (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{failure}</p>
        </div>
      )}
      <div className={missing.username ? 'field has-error' : 'field'}>
        <label htmlFor={ids.username}>{t('auth.username')}</label>
        {missing.username && <p className="field-error" id={`${ids.username}-error`}>{t('auth.usernameMissing')}</p>}
        <input
          id={ids.username}
          ref={usernameRef}
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={missing.username || undefined}
          aria-describedby={missing.username ? `${ids.username}-error` : undefined}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className={missing.password ? 'field has-error' : 'field'}>
        <label htmlFor={ids.password}>{t('auth.password')}</label>
        {missing.password && <p className="field-error" id={`${ids.password}-error`}>{t('auth.passwordMissing')}</p>}
        <input
          id={ids.password}
          ref={passwordRef}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={missing.password || undefined}
          aria-describedby={missing.password ? `${ids.password}-error` : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <p className="button-row">
        <button type="submit" className="button" disabled={login.isPending}>{t('auth.submit')}</button>
      </p>
    </form>
  );
}
