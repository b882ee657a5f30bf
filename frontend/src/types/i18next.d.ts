import 'i18next';
import type { Messages } from '@/config/locales/de';

// Typed keys: t('…') with a key that de.ts lacks fails `tsc`; en.ts is typed as Messages, so it cannot lack one either.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
