import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, isApiProblem } from '@/lib/api-client';

import type { Party } from './types';

export const vendorPartyQueryKey = (vendorId: string) => ['vendors', vendorId, 'party'] as const;

/** GET /api/v1/vendors/{vendorId}/party; `null` when the vendor is not linked to a party yet (404). */
export async function getVendorParty(vendorId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Party | null> {
  try {
    return await api.get<Party>(`/api/v1/vendors/${encodeURIComponent(vendorId)}/party`, { signal });
  } catch (error) {
    if (isApiProblem(error) && error.status === 404) return null;
    throw error;
  }
}

export function getVendorPartyQueryOptions(vendorId: string) {
  return queryOptions({
    queryKey: vendorPartyQueryKey(vendorId),
    queryFn: ({ signal }) => getVendorParty(vendorId, { signal }),
  });
}

export function useVendorParty(vendorId: string) {
  return useQuery(getVendorPartyQueryOptions(vendorId));
}
