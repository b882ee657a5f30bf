import { useRef } from 'react';
import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';

/**
 * `mutate` that ignores further calls while its request runs. A mutation's `isPending` (and so a button's
 * `disabled`) only turns true after the next render, so a fast double click could send the request twice and
 * the second would meet the new version and be told (falsely) that someone else changed the record.
 */
export function useExclusiveMutate<TData, TError, TVariables, TContext>(mutation: UseMutationResult<TData, TError, TVariables, TContext>) {
  const running = useRef(false);
  return (variables: TVariables, options?: MutateOptions<TData, TError, TVariables, TContext>) => {
    if (running.current) return;
    running.current = true;
    mutation.mutate(variables, {
      ...options,
      onSettled: (...args) => {
        running.current = false;
        options?.onSettled?.(...args);
      },
    });
  };
}
