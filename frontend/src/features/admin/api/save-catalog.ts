import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { catalogKeys } from '@/features/admin/api/keys';
import type { CatalogCriterion, CatalogVersionDetail } from '@/features/admin/api/get-catalogs';
import type { components } from '@/types/api';

/** `scaleDe` travels beside `scale` once the catalogue API has German level descriptions (see get-catalogs). */
export type CriterionRequest = components['schemas']['CriterionRequest'] & { scaleDe?: string[] | null };
export type ProfileRequest = components['schemas']['ProfileRequest'];
export type GatingRuleRequest = components['schemas']['GatingRuleRequest'];
type Profile = components['schemas']['Catalog.ProfileView'];
type GatingRule = components['schemas']['Catalog.GatingRule'];

export function createDraft(label: string): Promise<CatalogVersionDetail> {
  return api<CatalogVersionDetail>('/api/catalogs', { method: 'POST', json: { label } });
}

export function putCriterion({ catalogId, code, request }: { catalogId: number; code: string; request: CriterionRequest }): Promise<CatalogCriterion> {
  return api<CatalogCriterion>(`/api/catalogs/${catalogId}/criteria/${encodeURIComponent(code)}`, { method: 'PUT', json: request });
}

export function putProfile({ catalogId, code, request }: { catalogId: number; code: string; request: ProfileRequest }): Promise<Profile> {
  return api<Profile>(`/api/catalogs/${catalogId}/profiles/${encodeURIComponent(code)}`, { method: 'PUT', json: request });
}

/** `request.version` is the rule's own version (each gating rule is guarded on its own). */
export function putGatingRule({ catalogId, code, request }: { catalogId: number; code: string; request: GatingRuleRequest }): Promise<GatingRule> {
  return api<GatingRule>(`/api/catalogs/${catalogId}/gating-rules/${encodeURIComponent(code)}`, { method: 'PUT', json: request });
}

/** `version` guards against publishing a draft someone changed after it was reviewed. */
export function publishCatalog({ catalogId, version }: { catalogId: number; version: number }): Promise<CatalogVersionDetail> {
  return api<CatalogVersionDetail>(`/api/catalogs/${catalogId}/publish${toQuery({ version })}`, { method: 'POST' });
}

/** Every catalogue write changes the draft's version, so the list and the detail are read again. */
function useCatalogMutation<A, R>(mutationFn: (arg: A) => Promise<R>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Forms keyed by version use mutateAsync, whose promise outlives the remount this refetch causes. The write counts
    // as done once the draft is read again, so its notice appears when the forms already show the new version: text
    // typed into another form right after the notice is no longer lost to that remount.
    onSuccess: () => {
      onDone?.();
      return queryClient.invalidateQueries({ queryKey: catalogKeys.all });
    },
  });
}

export const useCreateDraft = () => useCatalogMutation(createDraft);
export const usePutCriterion = () => useCatalogMutation(putCriterion);
export const usePutProfile = () => useCatalogMutation(putProfile);
export const usePutGatingRule = () => useCatalogMutation(putGatingRule);
/** `onPublished` lets the page refresh what depends on the current catalogue (criteria, profiles, scores). */
export const usePublishCatalog = (onPublished?: () => void) => useCatalogMutation(publishCatalog, onPublished);
