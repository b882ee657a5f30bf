import { Layout } from '@/components/layout';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { usePermissions } from '@/features/auth/use-permissions';
import type { Permission } from '@/features/auth/api/get-me';
import { useReviews } from '@/features/review/api/get-reviews';
import { useSetMyLanguage } from '@/features/auth/api/set-language';

/** The signed-in application: layout, navigation for this person's role and the count of reviews waiting for them. */
export function AppShell() {
  return (
    <RequireAuth>
      <SignedInLayout />
    </RequireAuth>
  );
}

function SignedInLayout() {
  const { can } = usePermissions();
  const reviewer = can('REVIEW_ASSESSMENTS');
  const reviews = useReviews({ enabled: reviewer });
  const setLanguage = useSetMyLanguage();
  return (
    <Layout
      // Not awaited and not shown: the switch works at once; storing it is for the mails, and a failure keeps the old language there.
      onLanguageChange={(language) => setLanguage.mutate(language)}
      account={<AccountMenu />}
      allows={(item) => !item.permission || can(item.permission as Permission)}
      counts={{ '/reviews': reviewer ? reviews.data?.totalSize : undefined }}
    />
  );
}
