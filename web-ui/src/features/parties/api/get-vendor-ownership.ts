import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { CoveredPerson, OwnershipTree, Party } from './types';

export type VendorOwnership = { party: Party; tree: OwnershipTree; coveredPerson: CoveredPerson };

/** The vendor's party, its upward ownership tree and its covered-person status, as of `asOf` (today if empty). */
export async function getVendorOwnership(
  vendorId: string,
  asOf: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<VendorOwnership> {
  const party = await api.get<Party>(`/api/v1/vendors/${encodeURIComponent(vendorId)}/party`, { signal });
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  const [tree, coveredPerson] = await Promise.all([
    api.get<OwnershipTree>(`/api/v1/parties/${party.id}/ownership-tree${query}`, { signal }),
    api.get<CoveredPerson>(`/api/v1/parties/${party.id}/covered-person${query}`, { signal }),
  ]);
  return { party, tree, coveredPerson };
}

export function getVendorOwnershipQueryOptions(vendorId: string, asOf: string) {
  return queryOptions({
    queryKey: ['vendors', vendorId, 'ownership', asOf],
    queryFn: ({ signal }) => getVendorOwnership(vendorId, asOf, { signal }),
  });
}

export function useVendorOwnership(vendorId: string, asOf: string) {
  return useQuery(getVendorOwnershipQueryOptions(vendorId, asOf));
}
