import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Screening } from './types';

export type ScreenBody = { partyId?: string; name: string; dateOfBirth?: string; country?: string; type?: string };

export const screeningQueryKey = (id: string) => ['screenings', id] as const;

/** POST /api/v1/screenings (analyst, admin). */
export function screenName(body: ScreenBody): Promise<Screening> {
  return api.post<Screening>('/api/v1/screenings', body);
}

export function useScreenName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: screenName,
    onSuccess: (screening) => queryClient.setQueryData(screeningQueryKey(screening.id), screening),
  });
}

/** GET /api/v1/screenings/{id}. */
export function getScreening(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Screening> {
  return api.get<Screening>(`/api/v1/screenings/${encodeURIComponent(id)}`, { signal });
}

export function getScreeningQueryOptions(id: string) {
  return queryOptions({ queryKey: screeningQueryKey(id), queryFn: ({ signal }) => getScreening(id, { signal }) });
}

export function useScreening(id: string | null) {
  return useQuery({ ...getScreeningQueryOptions(id ?? ''), enabled: id !== null });
}
