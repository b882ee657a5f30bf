import { languageName } from '@/features/documents/language-name';

describe('document language names', () => {
  it('names a language in the interface language', () => {
    expect(['de', 'en', 'fr', 'ar'].map((c) => languageName(c, 'de'))).toEqual(['Deutsch', 'Englisch', 'Französisch', 'Arabisch']);
    expect(['de', 'en', 'fr'].map((c) => languageName(c, 'en'))).toEqual(['German', 'English', 'French']);
  });

  it('shows a code it cannot name as the code', () => {
    expect(languageName('qq', 'de')).toBe('QQ');
    expect(languageName('not a code', 'en')).toBe('NOT A CODE');
  });
});
