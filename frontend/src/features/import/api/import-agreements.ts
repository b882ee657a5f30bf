import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import type { components } from '@/types/api';
import { agreementKeysTouched } from './keys';

export type ImportReport = Required<components['schemas']['ImportReport']>;
export type ImportRow = components['schemas']['ImportRowReport'];

export type ImportInput = { file: File; dryRun: boolean };

/** POST /api/agreements/import as multipart; the browser sets the boundary, so no Content-Type here. */
export function importAgreements({ file, dryRun }: ImportInput): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api<ImportReport>(`/api/agreements/import?dryRun=${dryRun}`, { method: 'POST', body });
}

/** A refused import (422) carries the same report as a problem; this reads it back. */
export function rejectedReport(error: unknown): ImportReport | undefined {
  if (error instanceof ApiError && error.status === 422) {
    return error.problem as unknown as ImportReport;
  }
  return undefined;
}

export function useImportAgreements() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importAgreements,
    onSuccess: (report) => {
      if (!report.dryRun) agreementKeysTouched.forEach((key) => queryClient.invalidateQueries({ queryKey: [...key] }));
    },
  });
}
