import { useMutation } from '@tanstack/react-query';
import { ApiError, toQuery } from '@/lib/api-client';

/** Which brief: one country's, or two or three countries side by side. */
export type BriefRequest =
  | { kind: 'country'; iso2: string; lang: string; profile?: string; includeDrafts?: boolean }
  | { kind: 'comparison'; countries: string[]; lang: string; profile?: string };

export function briefUrl(request: BriefRequest): string {
  if (request.kind === 'country') {
    return `/api/countries/${encodeURIComponent(request.iso2)}/brief${toQuery({
      lang: request.lang, profile: request.profile, includeDrafts: request.includeDrafts ? 'true' : undefined,
    })}`;
  }
  return `/api/compare/brief${toQuery({ countries: request.countries.join(','), lang: request.lang, profile: request.profile })}`;
}

/** The file name the server chose (Content-Disposition), else a plain one. */
function fileName(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match ? match[1] : 'kurzbericht.pdf';
}

/** Fetches the PDF (made on the server, which also records the download) and hands it to the browser as a file. */
export async function downloadBrief(request: BriefRequest): Promise<string> {
  let response: Response;
  try {
    response = await fetch(briefUrl(request), {
      credentials: 'same-origin',
      headers: { Accept: 'application/pdf, application/problem+json', 'Accept-Language': request.lang },
    });
  } catch {
    throw new ApiError({ title: 'network', status: 0 });
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError({ title: response.statusText, status: response.status, ...problem });
  }
  const name = fileName(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export function useDownloadBrief() {
  return useMutation({ mutationFn: downloadBrief });
}
