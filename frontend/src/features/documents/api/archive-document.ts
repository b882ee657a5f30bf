import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { documentKeys } from '@/features/documents/api/keys';

export function archiveDocument({ id, version }: { id: number; version: number }): Promise<void> {
  return api<void>(`/api/documents/${id}${toQuery({ version })}`, { method: 'DELETE' });
}

export function useArchiveDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveDocument,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
