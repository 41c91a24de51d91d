import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { ScreeningAlert } from './types';

export const screeningAlertsQueryKey = ['screening-alerts'] as const;

/** The server's page size for alerts (ScreeningJobController.LIMIT). */
export const ALERTS_LIMIT = 200;

/**
 * GET /api/v1/screening-alerts (analyst, admin, auditor): `open` only the unacknowledged ones, otherwise all
 * (acknowledged included); the latest 200.
 */
export function getScreeningAlerts(open: boolean, { signal }: { signal?: AbortSignal } = {}): Promise<ScreeningAlert[]> {
  return api.get<ScreeningAlert[]>(`/api/v1/screening-alerts${open ? '?open=true' : ''}`, { signal });
}

export function getScreeningAlertsQueryOptions(open: boolean) {
  return queryOptions({
    queryKey: [...screeningAlertsQueryKey, { open }] as const,
    queryFn: ({ signal }) => getScreeningAlerts(open, { signal }),
  });
}

export function useScreeningAlerts({ open, enabled = true }: { open: boolean; enabled?: boolean }) {
  return useQuery({ ...getScreeningAlertsQueryOptions(open), enabled });
}

/** The number of open alerts (for the navigation); `null` while unknown. */
export function useOpenAlertCount({ enabled = true }: { enabled?: boolean } = {}) {
  const alerts = useQuery({ ...getScreeningAlertsQueryOptions(true), enabled, staleTime: 30_000 });
  return alerts.data ? alerts.data.length : null;
}
