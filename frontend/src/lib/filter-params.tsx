import { useId, type FormEvent, type ReactNode } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { ApiError } from '@/lib/api-client';

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

/**
 * The fields of a filter form whose values live in the URL: labelled wrappers that show the server's field error,
 * the inputs' props (current value, error wiring) and the submit handler that writes the URL.
 */
export function useFilterFields<K extends string>(keys: readonly K[], params: URLSearchParams, setParams: SetURLSearchParams,
  error: unknown, label: (key: K) => string) {
  const base = useId();
  const id = (key: K) => `${base}-${key}`;
  const fieldError = (key: K) => (error instanceof ApiError ? error.fieldMessage(key) : undefined);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(filterParams(event.currentTarget, keys));
  };
  const field = (key: K, input: ReactNode) => {
    const message = fieldError(key);
    return (
      <div className={message ? 'field has-error' : 'field'}>
        <label htmlFor={id(key)}>{label(key)}</label>
        {message && <p className="field-error" id={`${id(key)}-error`}>{message}</p>}
        {input}
      </div>
    );
  };
  const inputProps = (key: K) => ({
    id: id(key), name: key, defaultValue: params.get(key) ?? '',
    'aria-invalid': fieldError(key) ? true : undefined,
    'aria-describedby': fieldError(key) ? `${id(key)}-error` : undefined,
  });
  return { apply, field, inputProps };
}
