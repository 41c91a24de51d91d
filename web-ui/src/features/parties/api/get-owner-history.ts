import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Edge } from './types';

/** GET /api/v1/parties/{id}/owners: every ownership edge ever recorded into the party, archived ones included. */
export function getOwnerHistory(partyId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Edge[]> {
  return api.get<Edge[]>(`/api/v1/parties/${encodeURIComponent(partyId)}/owners`, { signal });
}

export function getOwnerHistoryQueryOptions(partyId: string) {
  return queryOptions({
    queryKey: ['parties', partyId, 'owners'] as const,
    queryFn: ({ signal }) => getOwnerHistory(partyId, { signal }),
  });
}

export function useOwnerHistory(partyId: string) {
  return useQuery(getOwnerHistoryQueryOptions(partyId));
}
