import { useRouteError } from 'react-router';

import { ProblemBanner } from '@/components/ui/problem-banner';

export function RouteError() {
  const error = useRouteError();
  return (
    <main className="main">
      <ProblemBanner error={error} />
    </main>
  );
}
