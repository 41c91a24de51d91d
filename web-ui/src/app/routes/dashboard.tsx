import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useAuthorization, useSession } from '@/lib/authorization';
import { describeAccess } from '@/lib/roles';

export function DashboardRoute() {
  const { user } = useSession();
  const { checkAccess } = useAuthorization();
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p className="lead" data-testid="access-summary">
        {describeAccess(user.roles)}
      </p>
      {checkAccess(paths.vendors.access) ? (
        <p>
          <Link to={paths.vendors.getHref()}>Go to vendors</Link>
        </p>
      ) : null}
    </>
  );
}
