import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Party } from './types';

export type PartyPage = { items: Party[]; total: number };

/** GET /api/v1/parties?limit=1000 (the server's maximum page): parties to pick an existing owner from. */
export function getParties({ signal }: { signal?: AbortSignal } = {}): Promise<PartyPage> {
  return api.get<PartyPage>('/api/v1/parties?limit=1000', { signal });
}

export function getPartiesQueryOptions() {
  return queryOptions({
    queryKey: ['parties', 'list'],
    queryFn: ({ signal }) => getParties({ signal }),
  });
}

export function useParties({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getPartiesQueryOptions(), enabled });
}
