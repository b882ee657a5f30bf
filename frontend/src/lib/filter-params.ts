/** The filled-in fields of a filter form as URL search parameters (blank ones left out), for lists that keep their filters in the URL. */
export function filterParams(form: HTMLFormElement, keys: readonly string[]): URLSearchParams {
  const data = new FormData(form);
  const next = new URLSearchParams();
  for (const key of keys) {
    const value = String(data.get(key) ?? '').trim();
    if (value) next.set(key, value);
  }
  return next;
}
