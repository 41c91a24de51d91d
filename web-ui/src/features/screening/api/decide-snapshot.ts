import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { listSnapshotsQueryKey } from './get-list-snapshots';
import type { Snapshot } from './types';

export type SnapshotDecision = 'activate' | 'reject';

/**
 * POST /api/v1/list-snapshots/{id}/activate or …/reject (admin): decides a snapshot held PENDING_CONFIRMATION.
 * Activating replaces the source's active list and starts the re-screening; rejecting keeps the active list.
 */
export function decideSnapshot({ id, decision }: { id: string; decision: SnapshotDecision }): Promise<Snapshot> {
  return api.post<Snapshot>(`/api/v1/list-snapshots/${encodeURIComponent(id)}/${decision}`, undefined);
}

export function useDecideSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideSnapshot,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listSnapshotsQueryKey }),
  });
}
