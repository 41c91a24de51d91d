import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { VendorList } from '@/types/api';

/**
 * GET /api/v1/vendors, narrowed to one vendor (there is no GET /vendors/{id}); used for the vendor's name and
 * country before a party exists. Shares the vendor list's cache entry.
 */
export function getVendorQueryOptions(vendorId: string) {
  return queryOptions({
    queryKey: ['vendors'] as const,
    queryFn: ({ signal }) => api.get<VendorList>('/api/v1/vendors', { signal }),
    select: (list) => list.items.find((vendor) => vendor.id === vendorId) ?? null,
  });
}

export function useVendor(vendorId: string) {
  return useQuery(getVendorQueryOptions(vendorId));
}
