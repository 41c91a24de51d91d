import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { OwnershipTree } from './types';

/** GET /api/v1/parties/{id}/ownership-tree?asOf= (today when `asOf` is empty). */
export function getOwnershipTree(partyId: string, asOf: string, { signal }: { signal?: AbortSignal } = {}) {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return api.get<OwnershipTree>(`/api/v1/parties/${encodeURIComponent(partyId)}/ownership-tree${query}`, { signal });
}

export function getOwnershipTreeQueryOptions(partyId: string, asOf: string) {
  return queryOptions({
    queryKey: ['parties', partyId, 'ownership-tree', asOf],
    queryFn: ({ signal }) => getOwnershipTree(partyId, asOf, { signal }),
  });
}

export function useOwnershipTree(partyId: string, asOf: string) {
  return useQuery(getOwnershipTreeQueryOptions(partyId, asOf));
}
