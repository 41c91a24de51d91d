import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Edge } from './types';

/** POST /api/v1/ownership-edges/{id}/archive (analyst, admin): retracts an edge; history keeps it. */
export function archiveEdge(edgeId: string): Promise<Edge> {
  return api.post<Edge>(`/api/v1/ownership-edges/${encodeURIComponent(edgeId)}/archive`, undefined);
}

export function useArchiveEdge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveEdge,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['parties'] }),
        queryClient.invalidateQueries({ queryKey: ['vendors'] }),
      ]);
    },
  });
}
