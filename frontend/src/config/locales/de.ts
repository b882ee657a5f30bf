export const de = {
  app: { title: 'Partnerschaftsmonitor', skipToContent: 'Zum Inhalt springen', language: 'Sprache', switchTo: 'English' },
  nav: { agreements: 'Instrumente', countries: 'Partnerländer', main: 'Hauptnavigation' },
  common: { loading: 'Wird geladen …', error: 'Die Daten konnten nicht geladen werden.', retry: 'Erneut versuchen', notFound: 'Seite nicht gefunden' },
};
export type Messages = typeof de;
