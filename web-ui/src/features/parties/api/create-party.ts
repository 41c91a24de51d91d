import { api } from '@/lib/api-client';

import type { Party, RegisterPartyBody } from './types';

/** POST /api/v1/parties (analyst, admin). Used by the vendor registration and the add-owner forms. */
export function createParty(body: RegisterPartyBody): Promise<Party> {
  return api.post<Party>('/api/v1/parties', body);
}
