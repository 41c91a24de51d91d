import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { screeningAlertsQueryKey } from './get-screening-alerts';
import type { ScreeningAlert } from './types';

/** POST /api/v1/screening-alerts/{id}/acknowledge (analyst); acknowledging twice keeps the first acknowledgement. */
export function acknowledgeAlert(alertId: string): Promise<ScreeningAlert> {
  return api.post<ScreeningAlert>(`/api/v1/screening-alerts/${encodeURIComponent(alertId)}/acknowledge`, undefined);
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeAlert,
    onSuccess: async (acknowledged) => {
      // Leaves the open list at once; both lists are then read again.
      queryClient.setQueryData<ScreeningAlert[]>([...screeningAlertsQueryKey, { open: true }], (alerts) =>
        alerts?.filter((a) => a.id !== acknowledged.id),
      );
      await queryClient.invalidateQueries({ queryKey: screeningAlertsQueryKey });
    },
  });
}
