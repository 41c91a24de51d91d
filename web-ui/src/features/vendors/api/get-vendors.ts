import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { VendorList } from '@/types/api';

export const vendorsQueryKey = ['vendors'] as const;

export function getVendors({ signal }: { signal?: AbortSignal } = {}): Promise<VendorList> {
  return api.get<VendorList>('/api/v1/vendors', { signal });
}

export function getVendorsQueryOptions() {
  return queryOptions({
    queryKey: vendorsQueryKey,
    queryFn: ({ signal }) => getVendors({ signal }),
  });
}

export function useVendors({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getVendorsQueryOptions(), enabled });
}
