import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { CoveredPerson } from './types';

/** GET /api/v1/parties/{id}/covered-person?asOf= (today when `asOf` is empty). */
export function getCoveredPerson(partyId: string, asOf: string, { signal }: { signal?: AbortSignal } = {}) {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return api.get<CoveredPerson>(`/api/v1/parties/${encodeURIComponent(partyId)}/covered-person${query}`, { signal });
}

export function getCoveredPersonQueryOptions(partyId: string, asOf: string) {
  return queryOptions({
    queryKey: ['parties', partyId, 'covered-person', asOf],
    queryFn: ({ signal }) => getCoveredPerson(partyId, asOf, { signal }),
  });
}

export function useCoveredPerson(partyId: string, asOf: string) {
  return useQuery(getCoveredPersonQueryOptions(partyId, asOf));
}
