import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { screeningQueryKey } from './screen-name';
import type { Decision, DispositionView } from './types';

export type DisposeInput = { screeningId: string; hitId: string; decision: Decision; reason: string };

/** POST /api/v1/screenings/{id}/hits/{hitId}/disposition (analyst). */
export function disposeHit({ screeningId, hitId, decision, reason }: DisposeInput): Promise<DispositionView> {
  return api.post<DispositionView>(
    `/api/v1/screenings/${encodeURIComponent(screeningId)}/hits/${encodeURIComponent(hitId)}/disposition`,
    { decision, reason },
  );
}

export function useDisposeHit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disposeHit,
    onSuccess: (_d, input) => queryClient.invalidateQueries({ queryKey: screeningQueryKey(input.screeningId) }),
  });
}
