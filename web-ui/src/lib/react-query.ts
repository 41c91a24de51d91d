import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { isApiProblem } from '@/lib/api-client';

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 30_000,
    // A 4xx will not change on retry; network errors and 5xx get two more tries.
    retry: (failureCount, error) =>
      !(isApiProblem(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}
