import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { VendorOwnershipPage } from '@/features/parties/components/vendor-ownership-page';
import { ListsPage } from '@/features/screening/components/lists-page';
import { ScreeningJobsPage } from '@/features/screening/components/screening-jobs-page';
import { ScreeningSection } from '@/features/screening/components/screening-section';

import { AppRoot } from './routes/app-root';
import { DashboardRoute } from './routes/dashboard';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { VendorsRoute } from './routes/vendors';

export function createAppRoutes(): RouteObject[] {
  return [
    {
      path: paths.home.path,
      element: <AppRoot />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <DashboardRoute /> },
        { path: paths.vendors.path, element: <VendorsRoute /> },
        { path: paths.lists.path, element: <ListsPage /> },
        { path: paths.screening.path, element: <ScreeningJobsPage /> },
        {
          path: paths.vendorOwnership.path,
          // NB: features do not import each other; the app composes the screening section into the page.
          element: <VendorOwnershipPage renderScreening={(party) => <ScreeningSection partyId={party.id} name={party.name} />} />,
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

export function AppRouter() {
  // Created after sign-in, once keycloak-js has removed its callback parameters from the URL.
  const [router] = useState(() => createBrowserRouter(createAppRoutes()));
  return <RouterProvider router={router} />;
}
