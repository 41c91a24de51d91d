import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { isActiveJob, type ScreeningJob } from './types';

export const screeningJobsQueryKey = ['screening-jobs'] as const;

/** How often the jobs list is polled while a job is QUEUED or RUNNING. */
export const JOB_POLL_MS = 1000;

/** GET /api/v1/screening-jobs (analyst, admin, auditor): the latest 200 jobs, newest first. */
export function getScreeningJobs({ signal }: { signal?: AbortSignal } = {}): Promise<ScreeningJob[]> {
  return api.get<ScreeningJob[]>('/api/v1/screening-jobs', { signal });
}

export function getScreeningJobsQueryOptions() {
  return queryOptions({
    queryKey: screeningJobsQueryKey,
    queryFn: ({ signal }) => getScreeningJobs({ signal }),
    // Polls until every job has reached a terminal status (COMPLETED or FAILED).
    refetchInterval: (query) => (query.state.data?.some(isActiveJob) ? JOB_POLL_MS : false),
  });
}

export function useScreeningJobs() {
  return useQuery(getScreeningJobsQueryOptions());
}
