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

/**
 * The `<time>` inside `container` for `iso`, checked to read as a local date, not as the raw ISO value, with the
 * exact UTC value in its title (components/ui/time).
 */
export function timeOf(container: HTMLElement, iso: string): HTMLTimeElement {
  const times = [...container.querySelectorAll('time')].filter((t) => t.getAttribute('dateTime') === iso);
  if (times.length === 0) throw new Error(`no <time dateTime="${iso}"> in: ${container.outerHTML}`);
  const time = times[0]!;
  if (time.textContent?.includes(iso) || /T\d\d:\d\d/.test(time.textContent ?? '')) {
    throw new Error(`<time> shows the raw value: ${time.outerHTML}`);
  }
  if (!time.getAttribute('title')?.startsWith(iso.replace('T', ' ').replace(/Z$/, '').slice(0, 16))) {
    throw new Error(`<time> title is not the exact UTC value: ${time.outerHTML}`);
  }
  return time;
}
