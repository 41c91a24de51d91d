import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';

import { createAppRoutes } from '@/app/router';
import { SessionProvider, type SessionUser } from '@/lib/authorization';

import { db } from './mocks/db';

/** The demo users of the realm (docs/CONTRACTS.md), plus one without any Clearance role. */
export const testUsers = {
  alice: { username: 'alice', name: 'Alice Analyst', roles: ['analyst'] },
  sam: { username: 'sam', name: 'Sam Security', roles: ['security-reviewer'] },
  lee: { username: 'lee', name: 'Lee Legal', roles: ['legal-reviewer'] },
  audrey: { username: 'audrey', name: 'Audrey Auditor', roles: ['auditor'] },
  adam: { username: 'adam', name: 'Adam Admin', roles: ['admin'] },
  dana: { username: 'dana', name: 'Dana Double', roles: ['analyst', 'legal-reviewer'] },
  nobody: { username: 'nobody', name: 'No Roles', roles: [] },
} satisfies Record<string, SessionUser>;

/** Renders the signed-in app (routes, header, queries) at `url` as `user`, against the MSW handlers. */
export function renderApp({ url = '/', user = testUsers.alice }: { url?: string; user?: SessionUser } = {}) {
  db.currentUsername = user.username;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [url] });
  const logout = vi.fn();
  const events = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider session={{ user, logout }}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...view, router, logout, queryClient, events };
}
