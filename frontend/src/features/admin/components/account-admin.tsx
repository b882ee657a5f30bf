import type { ParseKeys } from 'i18next';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useAccounts, type Account, type AccountRequest } from '@/features/admin/api/get-accounts';
import { useCreateAccount, useUnlockAccount, useUpdateAccount } from '@/features/admin/api/save-account';
import { accountKeys } from '@/features/admin/api/keys';
import { changeRequest, leavesNoAdmin, removedRoles, ROLES } from '@/features/admin/components/account-rules';
import { ErrorMessage, Field } from '@/components/ui/field';
import { fieldErrorsOf, fieldId, messageFor, SaveError } from '@/features/admin/components/form-parts';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Pagination, pageCount } from '@/components/ui/pagination';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { formatDateTime } from '@/utils/format';

type Mode = { id: number; kind: 'edit' | 'password' } | undefined;
/** A confirmation waiting for an answer; `returnTo` is the button focus goes back to when it is cancelled. */
type Pending = { title: string; text: string; confirm: string; run: () => void; returnTo?: string } | undefined;

/** Accounts for administrators: list, create, roles, enable/disable, password reset, lifting a sign-in lock. */
export function AccountAdmin() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useAccounts(page - 1);
  const queryClient = useQueryClient();
  const update = useUpdateAccount();
  const unlock = useUnlockAccount();
  const [creating, setCreating] = useState(false);
  const [mode, setMode] = useState<Mode>();
  const [pending, setPending] = useState<Pending>();
  const [notice, setNotice] = useState('');
  const [actionError, setActionError] = useState<{ id: number; error: unknown }>();
  const newButton = useRef<HTMLButtonElement>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const accounts = query.data.content;
  const totalPages = pageCount(query.data);
  const complete = totalPages <= 1;
  const roleNames = (roles: string[]) => roles.map((r) => t(`auth.role.${r}` as ParseKeys)).join(', ');

  const focusButton = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  const done = (message: string, focusId?: string) => {
    setNotice(message);
    setMode(undefined);
    setActionError(undefined);
    if (focusId) focusButton(focusId);
  };
  const reload = () => {
    setActionError(undefined);
    void queryClient.invalidateQueries({ queryKey: accountKeys.all });
  };

  const setEnabled = (account: Account, enabled: boolean) => {
    setActionError(undefined);
    update.mutate({ id: account.id, request: changeRequest(account, { enabled }) }, {
      onSuccess: () => done(t(enabled ? 'accounts.enabledDone' : 'accounts.disabledDone', { name: account.displayName }), `acc-${account.id}-toggle`),
      onError: (error) => setActionError({ id: account.id, error }),
    });
  };

  const askDisable = (account: Account) => {
    if (leavesNoAdmin(accounts, complete, account.id, { roles: account.roles, enabled: false })) {
      setActionError({ id: account.id, error: new Error(t('accounts.lastAdmin')) });
      return;
    }
    setPending({
      title: t('accounts.confirmDisableTitle', { name: account.displayName }),
      text: t('accounts.confirmDisableText'),
      confirm: t('accounts.confirmDisable'),
      run: () => setEnabled(account, false),
      returnTo: `acc-${account.id}-toggle`,
    });
  };

  const lift = (account: Account) => {
    setActionError(undefined);
    unlock.mutate(account.id, {
      onSuccess: () => done(t('accounts.unlockDone', { name: account.displayName }), `acc-${account.id}-edit`),
      onError: (error) => setActionError({ id: account.id, error }),
    });
  };

  return (
    <>
      <div role="status" className="notice">{notice}</div>
      <ConfirmDialog open={!!pending} title={pending?.title ?? ''} text={pending?.text ?? ''} confirmLabel={pending?.confirm ?? ''}
        cancelLabel={t('common.cancel')} onCancel={() => { if (pending?.returnTo) focusButton(pending.returnTo); setPending(undefined); }}
        onConfirm={() => { pending?.run(); setPending(undefined); }} />

      {creating ? (
        <section className="admin-panel" aria-labelledby="acc-new-title">
          <h2 id="acc-new-title">{t('accounts.newTitle')}</h2>
          <AccountForm kind="create" onCancel={() => { setCreating(false); setTimeout(() => newButton.current?.focus(), 0); }}
            onSaved={(a) => { setCreating(false); done(t('accounts.createdDone', { name: a.displayName }), `acc-${a.id}-edit`); }} />
        </section>
      ) : (
        <button type="button" className="button" ref={newButton} onClick={() => { setCreating(true); setNotice(''); }}>
          + {t('accounts.new')}
        </button>
      )}

      <p className="hint">{t('accounts.count', { count: query.data.totalSize })}</p>
      <ul className="admin-list">
        {accounts.map((account) => {
          const editing = mode?.id === account.id;
          const suffix = <span className="visually-hidden"> – {account.displayName}</span>;
          return (
            <li key={account.id} className="admin-card">
              <h2 className="admin-card__title" id={`acc-${account.id}-title`}>
                {account.displayName} <span className="admin-card__sub">{account.username}</span>
              </h2>
              <dl className="admin-facts">
                <div><dt>{t('accounts.roles')}</dt><dd>{roleNames(account.roles)}</dd></div>
                <div><dt>{t('accounts.state')}</dt><dd>
                  <span className={account.enabled ? 'badge badge--in-force' : 'badge badge--terminated'}>
                    {t(account.enabled ? 'accounts.enabled' : 'accounts.disabled')}
                  </span>
                  {account.locked && <> <span className="badge badge--negotiating">{t('accounts.locked')}</span></>}
                </dd></div>
                <div><dt>{t('accounts.lastLogin')}</dt><dd>{account.lastLoginAt ? formatDateTime(account.lastLoginAt, i18n.language) : t('accounts.never')}</dd></div>
              </dl>
              {actionError?.id === account.id && (
                actionError.error instanceof Error && !('status' in actionError.error)
                  ? <p className="alert alert--error" role="alert">{actionError.error.message}</p>
                  : <SaveError error={actionError.error} idPrefix={`acc-${account.id}-action`} labelFor={(f) => f} onReload={reload} />
              )}
              <div className="button-row">
                <button type="button" className="button button--secondary button--small" id={`acc-${account.id}-edit`}
                  aria-expanded={editing && mode?.kind === 'edit'} onClick={() => setMode(editing && mode?.kind === 'edit' ? undefined : { id: account.id, kind: 'edit' })}>
                  {t('accounts.edit')}{suffix}
                </button>
                <button type="button" className="button button--secondary button--small" id={`acc-${account.id}-password`}
                  aria-expanded={editing && mode?.kind === 'password'} onClick={() => setMode(editing && mode?.kind === 'password' ? undefined : { id: account.id, kind: 'password' })}>
                  {t('accounts.resetPassword')}{suffix}
                </button>
                <button type="button" className="button button--secondary button--small" id={`acc-${account.id}-toggle`} disabled={update.isPending}
                  onClick={() => (account.enabled ? askDisable(account) : setEnabled(account, true))}>
                  {t(account.enabled ? 'accounts.disable' : 'accounts.enable')}{suffix}
                </button>
                {account.locked && (
                  <button type="button" className="button button--secondary button--small" disabled={unlock.isPending} onClick={() => lift(account)}>
                    {t('accounts.unlock')}{suffix}
                  </button>
                )}
              </div>
              {editing && (
                <AccountForm key={`${mode.kind}-${account.version}`} kind={mode.kind} account={account}
                  guard={(next) => leavesNoAdmin(accounts, complete, account.id, next) ? t('accounts.lastAdmin') : undefined}
                  confirm={setPending} onReload={reload}
                  onCancel={() => { setMode(undefined); focusButton(`acc-${account.id}-${mode.kind}`); }}
                  onSaved={() => done(t(mode.kind === 'password' ? 'accounts.passwordDone' : 'accounts.savedDone', { name: account.displayName }),
                    `acc-${account.id}-${mode.kind}`)} />
              )}
            </li>
          );
        })}
      </ul>
      <Pagination page={page} totalPages={totalPages} onChange={(p) => setParams(p > 1 ? { page: String(p) } : {})} />
    </>
  );
}

type FormProps = {
  kind: 'create' | 'edit' | 'password';
  account?: Account;
  onSaved: (account: Account) => void;
  onCancel: () => void;
  onReload?: () => void;
  /** A reason why the change may not be made (last administrator), or undefined. */
  guard?: (next: { roles: string[]; enabled: boolean }) => string | undefined;
  confirm?: (pending: Pending) => void;
};

function AccountForm({ kind, account, onSaved, onCancel, onReload, guard, confirm }: FormProps) {
  const { t } = useTranslation();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(account?.displayName ?? '');
  const [roles, setRoles] = useState<string[]>(account?.roles ?? []);
  const [email, setEmail] = useState(account?.email ?? '');
  const [desk, setDesk] = useState(account?.desk ?? '');
  const [language, setLanguage] = useState<Account['language']>(account?.language ?? 'de');
  const [password, setPassword] = useState('');
  const [enabled, setEnabled] = useState(true);
  const [error, setError] = useState<unknown>();
  const [refused, setRefused] = useState<string>();
  const prefix = account ? `acc-${account.id}-${kind}` : 'acc-new';
  const errors = fieldErrorsOf(error);
  const saving = create.isPending || update.isPending;
  const label = (field: string) => {
    const base = field.replace(/\[\d+\]$/, '');
    if (base === 'email' || base === 'desk') return t(`deadlines.account.${base}`);
    if (base === 'language') return t('planned.language.label');
    return ['username', 'displayName', 'roles', 'password', 'enabled'].includes(base) ? t(`accounts.field.${base}` as ParseKeys) : field;
  };

  function send(request: AccountRequest) {
    setError(undefined);
    // mutateAsync: the refetch re-keys this form by version, and mutate's callbacks die with it.
    (account ? update.mutateAsync({ id: account.id, request }) : create.mutateAsync(request)).then(onSaved, setError);
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setRefused(undefined);
    if (kind === 'create') {
      send({ username: username.trim(), displayName, roles, password: password || null, enabled,
        ...(email.trim() ? { email: email.trim() } : {}), ...(desk.trim() ? { desk: desk.trim() } : {}), language });
      return;
    }
    if (!account) return;
    if (kind === 'password') {
      send(changeRequest(account, { password }));
      return;
    }
    const reason = guard?.({ roles, enabled: account.enabled });
    if (reason) {
      setRefused(reason);
      return;
    }
    const request = changeRequest(account, { displayName, roles, email: email.trim(), desk: desk.trim(), language });
    const removed = removedRoles(account.roles, roles);
    if (removed.length > 0 && confirm) {
      confirm({
        title: t('accounts.confirmRolesTitle', { name: account.displayName }),
        text: t('accounts.confirmRolesText', { roles: removed.map((r) => t(`auth.role.${r}` as ParseKeys)).join(', ') }),
        confirm: t('accounts.confirmRoles'),
        run: () => send(request),
        returnTo: `${fieldId('roles', prefix)}`,
      });
      return;
    }
    send(request);
  }

  const rolesError = messageFor(errors, 'roles');
  return (
    <form className="form admin-form" noValidate onSubmit={submit} aria-label={t(`accounts.form.${kind}` as ParseKeys, { name: account?.displayName ?? '' })}>
      <SaveError error={error} idPrefix={prefix} labelFor={label} onReload={onReload} />
      {refused && <p className="alert alert--error" role="alert">{refused}</p>}
      {kind === 'create' && (
        <Field id={fieldId('username', prefix)} label={t('accounts.field.username')} required hint={t('accounts.usernameHint')}
          error={messageFor(errors, 'username')}>
          {(control) => <input {...control} type="text" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />}
        </Field>
      )}
      {kind !== 'password' && (
        <>
          <Field id={fieldId('displayName', prefix)} label={t('accounts.field.displayName')} required error={messageFor(errors, 'displayName')}>
            {(control) => <input {...control} type="text" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
          </Field>
          <Field id={fieldId('email', prefix)} label={t('deadlines.account.email')} hint={t('deadlines.account.emailHint')} error={messageFor(errors, 'email')}>
            {(control) => <input {...control} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field id={fieldId('desk', prefix)} label={t('deadlines.account.desk')} hint={t('deadlines.account.deskHint')} error={messageFor(errors, 'desk')}>
            {(control) => <input {...control} type="text" autoComplete="off" value={desk} onChange={(e) => setDesk(e.target.value)} />}
          </Field>
          <Field id={fieldId('language', prefix)} label={t('planned.language.label')} hint={t('planned.language.hint')} error={messageFor(errors, 'language')}>
            {(control) => (
              <select {...control} value={language} onChange={(e) => setLanguage(e.target.value as Account['language'])}>
                <option value="de">{t('planned.language.de')}</option>
                <option value="en">{t('planned.language.en')}</option>
              </select>
            )}
          </Field>
          <fieldset className={rolesError ? 'fieldset has-error' : 'fieldset'} aria-describedby={rolesError ? `${fieldId('roles', prefix)}-error` : undefined}>
            <legend>{t('accounts.field.roles')} <span className="required" aria-hidden="true">*</span></legend>
            {rolesError && <ErrorMessage id={`${fieldId('roles', prefix)}-error`} message={rolesError} />}
            <div className="checkbox-grid">
              {ROLES.map((role, i) => {
                const id = i === 0 ? fieldId('roles', prefix) : `${fieldId('roles', prefix)}-${role}`;
                return (
                  <div className="checkbox" key={role}>
                    <input id={id} type="checkbox" checked={roles.includes(role)}
                      onChange={(e) => setRoles((r) => (e.target.checked ? [...r, role] : r.filter((x) => x !== role)))} />
                    <label htmlFor={id}>{t(`auth.role.${role}`)}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </>
      )}
      {kind !== 'edit' && (
        <Field id={fieldId('password', prefix)} label={t(kind === 'create' ? 'accounts.field.password' : 'accounts.field.newPassword')} required
          hint={t('accounts.passwordHint')} error={messageFor(errors, 'password')}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
      )}
      {kind === 'create' && (
        <div className="checkbox">
          <input id={fieldId('enabled', prefix)} type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <label htmlFor={fieldId('enabled', prefix)}>{t('accounts.field.enabled')}</label>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>{t(kind === 'create' ? 'accounts.create' : kind === 'password' ? 'accounts.setPassword' : 'accounts.save')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
