/** Main navigation; later features (scorecards, criteria, review) add their entry here. */
export const navigation: { to: string; labelKey: string }[] = [
  { to: '/agreements', labelKey: 'nav.agreements' },
  { to: '/countries', labelKey: 'nav.countries' },
];
