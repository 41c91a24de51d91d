import { api } from '@/lib/api-client';

import type { AddOwnerBody, Edge } from './types';

/** POST /api/v1/parties/{id}/owners (analyst, admin): a new ownership edge into the party. */
export function addOwner(partyId: string, body: AddOwnerBody): Promise<Edge> {
  return api.post<Edge>(`/api/v1/parties/${encodeURIComponent(partyId)}/owners`, body);
}
