import type { Messages } from './de';

export const en: Messages = {
  app: { title: 'Partnership Monitor', skipToContent: 'Skip to content', language: 'Language', switchTo: 'Deutsch' },
  nav: { agreements: 'Instruments', countries: 'Partner countries', main: 'Main navigation' },
  common: { loading: 'Loading …', error: 'The data could not be loaded.', retry: 'Try again', notFound: 'Page not found' },
};
