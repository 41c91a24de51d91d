import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Person } from './types';

/**
 * GET /api/v1/parties/{id}/people: every individual ever recorded as employee/officer or contractor of the party,
 * ended and archived links included, each with the individual's stored covered status.
 */
export function getPeople(partyId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Person[]> {
  return api.get<Person[]>(`/api/v1/parties/${encodeURIComponent(partyId)}/people`, { signal });
}

/** Under `['parties']`, so whatever changes parties (adding a key person included) refreshes it. */
export function getPeopleQueryOptions(partyId: string) {
  return queryOptions({
    queryKey: ['parties', partyId, 'people'] as const,
    queryFn: ({ signal }) => getPeople(partyId, { signal }),
  });
}

export function usePeople(partyId: string) {
  return useQuery(getPeopleQueryOptions(partyId));
}
