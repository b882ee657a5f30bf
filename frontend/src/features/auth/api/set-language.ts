import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meKey, type Me } from '@/features/auth/api/get-me';

export type Language = Me['language'];

/** Stores the language the signed-in person chose, so that their reminder mails come in it too. */
export function setMyLanguage(language: Language): Promise<{ language: Language }> {
  return api<{ language: Language }>('/api/me/language', { method: 'PUT', json: { language } });
}

export function useSetMyLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyLanguage,
    onSuccess: ({ language }) => queryClient.setQueryData<Me>(meKey, (me) => (me ? { ...me, language } : me)),
  });
}
