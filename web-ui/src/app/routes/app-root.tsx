import { Link, NavLink, Outlet } from 'react-router';

import { Button } from '@/components/ui/button';
import { RoleChips } from '@/components/ui/role-chip';
import { paths } from '@/config/paths';
import { useAuthorization, useSession } from '@/lib/authorization';

const NAV = [paths.home, paths.vendors, paths.lists];

export function AppRoot() {
  const { user, logout } = useSession();
  const { checkAccess } = useAuthorization();

  return (
    <div className="layout">
      <header className="header">
        <Link to={paths.home.getHref()} className="header__brand">
          Clearance
        </Link>
        <nav aria-label="Main" className="header__nav">
          {NAV.filter((item) => checkAccess(item.access)).map((item) => (
            <NavLink key={item.path} to={item.getHref()} end>
              {item.label}
            </NavLink>
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
