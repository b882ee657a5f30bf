import { describe, expect, it } from 'vitest';
import { searchedTerms } from './passage-panel';

describe('searchedTerms', () => {
  it('shows a stem that is also searched as a compound beginning once, as the beginning', () => {
    expect(searchedTerms(['zweckbindung', 'zweckbindung…'])).toEqual(['zweckbindung…']);
  });
  it('keeps stems without a compound beginning and their order', () => {
    expect(searchedTerms(['personenbezog', 'dat', 'aufsicht…'])).toEqual(['personenbezog', 'dat', 'aufsicht…']);
  });
});
