import { Link } from 'react-router';

import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to={paths.home.getHref()}>Back to the start page</Link>
      </p>
    </>
  );
}
