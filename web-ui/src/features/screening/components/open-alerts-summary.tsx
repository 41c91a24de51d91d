import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';

import { ALERTS_LIMIT, useScreeningAlerts } from '../api/get-screening-alerts';

/** How many screening alerts wait for an analyst, with a link to the inbox; for the home page. */
export function OpenAlertsSummary({ screeningHref }: { screeningHref: string }) {
  const alerts = useScreeningAlerts({ open: true });
  if (alerts.isPending) return <Loading label="Loading open alerts…" />;
  if (alerts.isError) return <ProblemBanner error={alerts.error} />;
  const count = alerts.data.length;
  // NB: the server returns at most ALERTS_LIMIT alerts, so a full page means "at least".
  const shown = count >= ALERTS_LIMIT ? `${ALERTS_LIMIT}+` : String(count);
  return (
    <section aria-labelledby="alerts-heading" className="card" data-testid="open-alerts">
      <h2 id="alerts-heading">Screening alerts</h2>
      {count === 0 ? (
        <p data-testid="open-alerts-summary">No open alert: every re-screening hit has been acknowledged.</p>
      ) : (
        <p data-testid="open-alerts-summary">
          <strong>{shown}</strong> open alert{count === 1 ? '' : 's'} from re-screenings.{' '}
          <Link to={screeningHref}>Review them on the Screening page</Link>
        </p>
      )}
    </section>
  );
}
