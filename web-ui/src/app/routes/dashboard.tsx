import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useListSnapshots } from '@/features/screening/api/get-list-snapshots';
import { ListFreshness } from '@/features/screening/components/list-freshness';
import { OpenAlertsSummary } from '@/features/screening/components/open-alerts-summary';
import { useVendors } from '@/features/vendors/api/get-vendors';
import { useAuthorization, useSession } from '@/lib/authorization';
import { ACCESS, describeAccess } from '@/lib/roles';

/**
 * What to do next: on a fresh install the first steps (import the lists, register the first vendor), each offered
 * as a link to those who may do it; once there is data, the open alerts and how fresh each list is.
 */
export function DashboardRoute() {
  const { user } = useSession();
  const { checkAccess } = useAuthorization();
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p className="lead" data-testid="access-summary">
        {describeAccess(user.roles)}
      </p>
      <NextSteps />
      {checkAccess(ACCESS.screeningJobsRead) ? <OpenAlertsSummary screeningHref={paths.screening.getHref()} /> : null}
      {checkAccess(ACCESS.listsRead) ? (
        <ListFreshness listsHref={paths.lists.getHref()} canImport={checkAccess(ACCESS.listsImport)} />
      ) : null}
    </>
  );
}

function NextSteps() {
  const { checkAccess } = useAuthorization();
  const readsLists = checkAccess(ACCESS.listsRead);
  const readsVendors = checkAccess(ACCESS.vendorsRead);
  // NB: skipped for roles the API would refuse (403), rather than showing an error on the home page.
  const snapshots = useListSnapshots({ enabled: readsLists });
  const vendors = useVendors({ enabled: readsVendors });
  if ((readsLists && snapshots.isPending) || (readsVendors && vendors.isPending)) {
    return <Loading label="Checking what is set up…" />;
  }
  const noLists = readsLists && snapshots.data !== undefined && !snapshots.data.items.some((s) => s.active);
  const noVendors = readsVendors && vendors.data !== undefined && vendors.data.total === 0;

  const steps = [];
  if (noLists) {
    steps.push(
      checkAccess(ACCESS.listsImport) ? (
        <li key="lists" data-testid="next-step-lists">
          <Link to={paths.lists.getHref()}>Import the screening lists</Link> (OFAC SDN and non-SDN, the Consolidated
          Screening List, the Denied Persons List, the UN list) so that parties can be screened.
        </li>
      ) : (
        <li key="lists" data-testid="next-step-lists">
          No screening list is imported yet; an admin imports the lists before parties can be screened.
        </li>
      ),
    );
  }
  if (noVendors) {
    steps.push(
      checkAccess(ACCESS.vendorsCreate) ? (
        <li key="vendors" data-testid="next-step-vendors">
          <Link to={paths.vendors.getHref()}>Register the first vendor</Link>, then record its facts and owners on its
          due-diligence page.
        </li>
      ) : (
        <li key="vendors" data-testid="next-step-vendors">
          No vendor is registered yet; analysts register vendors.
        </li>
      ),
    );
  }
  if (steps.length === 0) {
    return readsVendors ? (
      <p>
        <Link to={paths.vendors.getHref()}>Go to vendors</Link>
      </p>
    ) : null;
  }
  return (
    <section aria-labelledby="next-steps-heading" className="card" data-testid="next-steps">
      <h2 id="next-steps-heading">Get started</h2>
      <ol className="next-steps">{steps}</ol>
    </section>
  );
}
