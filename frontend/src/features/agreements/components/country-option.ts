/** A partner country as the agreements screens need it; the route supplies the list. */
export type CountryOption = { iso2: string; name: string };
