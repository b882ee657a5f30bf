import type { ParseKeys } from 'i18next';
export type NavItem = {
  to: string;
  labelKey: ParseKeys;
  /** Shown only to people who hold this permission (see GET /api/me). */
  permission?: string;
};

/** Main navigation; later features (criteria, review) add their entry here. */
export const navigation: NavItem[] = [
  { to: '/dashboard', labelKey: 'nav.dashboard' },
  { to: '/agreements', labelKey: 'nav.agreements' },
  { to: '/countries', labelKey: 'nav.countries' },
  { to: '/compare', labelKey: 'nav.compare' },
  { to: '/deadlines', labelKey: 'deadlines.nav' },
  { to: '/reviews', labelKey: 'review.nav', permission: 'REVIEW_ASSESSMENTS' },
  { to: '/audit', labelKey: 'audit.nav', permission: 'READ_AUDIT' },
  { to: '/accounts', labelKey: 'accounts.nav', permission: 'MANAGE_ACCOUNTS' },
  { to: '/catalogs', labelKey: 'catalogs.nav', permission: 'EDIT_CATALOGS' },
  { to: '/agreements/import', labelKey: 'import.nav', permission: 'EDIT_AGREEMENTS' },
  { to: '/open-data', labelKey: 'import.openData.nav', permission: 'PUBLISH_OPEN_DATA' },
  { to: '/feedback', labelKey: 'a11yFeedback.nav', permission: 'HANDLE_FEEDBACK' },
  { to: '/search', labelKey: 'passages.search.nav', permission: 'READ' },
];
