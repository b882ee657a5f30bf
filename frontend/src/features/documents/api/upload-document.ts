import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, xsrfToken, type Problem } from '@/lib/api-client';
import { documentKeys } from '@/features/documents/api/keys';
import type { DocumentSummary } from '@/features/documents/api/get-documents';

export type UploadInput = {
  agreementId: number;
  kind: string;
  language: string;
  versionDate: string;
  source: string;
  classification: string;
  title: string;
  file?: File | null;
  text?: string;
};

/**
 * Multipart upload with progress. fetch cannot report upload progress, so this one request uses XMLHttpRequest and
 * turns a problem+json answer into the same ApiError as the shared client.
 */
export function uploadDocument(input: UploadInput, onProgress?: (fraction: number) => void): Promise<DocumentSummary> {
  const form = new FormData();
  for (const key of ['kind', 'language', 'versionDate', 'source', 'classification', 'title'] as const) {
    if (input[key]) form.append(key, input[key]);
  }
  if (input.file) form.append('file', input.file, input.file.name);
  else if (input.text) form.append('text', input.text);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/agreements/${input.agreementId}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'de');
    const token = xsrfToken();
    if (token) xhr.setRequestHeader('X-XSRF-TOKEN', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as DocumentSummary);
      else {
        const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
        reject(new ApiError({ title: problem.title ?? xhr.statusText, status: xhr.status, ...problem }));
      }
    };
    xhr.onerror = () => reject(new ApiError({ title: 'network', status: 0 }));
    xhr.send(form);
  });
}

export function useUploadDocument(onProgress?: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => uploadDocument(input, onProgress),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
