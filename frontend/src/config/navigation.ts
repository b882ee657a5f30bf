/** Main navigation; later features (criteria, review) add their entry here. */
export const navigation: { to: string; labelKey: string }[] = [
  { to: '/dashboard', labelKey: 'nav.dashboard' },
  { to: '/agreements', labelKey: 'nav.agreements' },
  { to: '/countries', labelKey: 'nav.countries' },
  { to: '/compare', labelKey: 'nav.compare' },
];
