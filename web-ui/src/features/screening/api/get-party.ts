import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { PartySummary } from './types';

/** GET /api/v1/parties/{id} (every role): the alerts inbox shows the party's name. */
export function getParty(partyId: string, { signal }: { signal?: AbortSignal } = {}): Promise<PartySummary> {
  return api.get<PartySummary>(`/api/v1/parties/${encodeURIComponent(partyId)}`, { signal });
}

export function getPartyQueryOptions(partyId: string) {
  return queryOptions({
    queryKey: ['screening', 'party', partyId] as const,
    queryFn: ({ signal }) => getParty(partyId, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useParty(partyId: string) {
  return useQuery(getPartyQueryOptions(partyId));
}
