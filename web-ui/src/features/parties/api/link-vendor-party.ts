import { api } from '@/lib/api-client';

import type { Party } from './types';

/** POST /api/v1/vendors/{vendorId}/party (analyst, admin): the vendor is this party. */
export function linkVendorParty(vendorId: string, partyId: string): Promise<Party> {
  return api.post<Party>(`/api/v1/vendors/${encodeURIComponent(vendorId)}/party`, { partyId });
}
