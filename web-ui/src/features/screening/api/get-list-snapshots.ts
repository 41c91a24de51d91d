import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { SnapshotPage } from './types';

export const listSnapshotsQueryKey = ['list-snapshots'] as const;

/** GET /api/v1/list-snapshots (admin, analyst, auditor). */
export function getListSnapshots({ signal }: { signal?: AbortSignal } = {}): Promise<SnapshotPage> {
  return api.get<SnapshotPage>('/api/v1/list-snapshots', { signal });
}

export function getListSnapshotsQueryOptions() {
  return queryOptions({ queryKey: listSnapshotsQueryKey, queryFn: ({ signal }) => getListSnapshots({ signal }) });
}

export function useListSnapshots({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getListSnapshotsQueryOptions(), enabled });
}
