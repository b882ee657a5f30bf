import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';

/** Who is signed in, and the way out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!me) return null;
  const roleNames = me.roles.map((r) => t(`auth.role.${r}`, { defaultValue: r })).join(', ');
  return (
    <div className="account-menu">
      <p className="account-menu__who">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <span className="account-menu__name">{me.displayName}</span>
        {roleNames && <span className="account-menu__role"> ({roleNames})</span>}
      </p>
      <button
        type="button"
        className="account-menu__logout"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/login', { replace: true }) })}
      >
        {t('auth.logout')}
      </button>
      {logout.isError && <p role="alert" className="account-menu__error">{t('auth.logoutFailed')}</p>}
    </div>
  );
}
