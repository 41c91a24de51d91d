import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { screeningJobsQueryKey } from './get-screening-jobs';
import type { ScreeningJob } from './types';

/** POST /api/v1/screening-jobs (analyst, admin): 202 with the QUEUED FULL job; it runs in the background. */
export function startScreeningJob(): Promise<ScreeningJob> {
  return api.post<ScreeningJob>('/api/v1/screening-jobs', undefined);
}

export function useStartScreeningJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startScreeningJob,
    onSuccess: async (job) => {
      // Shown at once (and polled from then on), before the list is read again.
      queryClient.setQueryData<ScreeningJob[]>(screeningJobsQueryKey, (jobs = []) => [
        job,
        ...jobs.filter((j) => j.id !== job.id),
      ]);
      await queryClient.invalidateQueries({ queryKey: screeningJobsQueryKey });
    },
  });
}
