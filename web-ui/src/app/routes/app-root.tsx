import { Link, NavLink, Outlet } from 'react-router';

import { Button } from '@/components/ui/button';
import { RoleChips } from '@/components/ui/role-chip';
import { paths } from '@/config/paths';
import { useOpenAlertCount } from '@/features/screening/api/get-screening-alerts';
import { useAuthorization, useSession } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';

const NAV = [paths.home, paths.vendors, paths.lists, paths.screening];

export function AppRoot() {
  const { user, logout } = useSession();
  const { checkAccess } = useAuthorization();
  const openAlerts = useOpenAlertCount({ enabled: checkAccess(ACCESS.screeningJobsRead) });

  return (
    <div className="layout">
      <header className="header">
        <Link to={paths.home.getHref()} className="header__brand">
          Clearance
        </Link>
        <nav aria-label="Main" className="header__nav">
          {NAV.filter((item) => checkAccess(item.access)).map((item) => (
            <span key={item.path} className="header__nav-item">
              <NavLink to={item.getHref()} end>
                {item.label}
              </NavLink>
              {/* NB: outside the link, so that its accessible name stays "Screening". */}
              {item.path === paths.screening.path && openAlerts ? (
                <span className="nav-count" data-testid="open-alerts-count" aria-label={`${openAlerts} open screening alerts`}>
                  {openAlerts}
                </span>
              ) : null}
            </span>
          ))}
        </nav>
        <div className="header__user">
          <span className="header__name" data-testid="current-user" title={user.username}>
            {user.name}
          </span>
          <RoleChips roles={user.roles} />
          <Button variant="secondary" onClick={logout}>
            Log out
          </Button>
        </div>
      </header>
      <main className="main">
        <Outlet />
      </main>
    </div>
  );
}
