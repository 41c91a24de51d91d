import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/time';
import { seedVendor } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

describe('vendors page by role', () => {
  it.each([testUsers.alice, testUsers.adam, testUsers.dana])('offers the new vendor form to $username', async (user) => {
    renderApp({ url: '/vendors', user });

    await screen.findByRole('table', { name: 'Vendors' });
    expect(screen.getByLabelText('Vendor name')).toBeInTheDocument();
    expect(screen.getByLabelText('Country')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add vendor' })).toBeInTheDocument();
  });

  it.each([testUsers.audrey, testUsers.sam, testUsers.lee])('shows $username a read-only list', async (user) => {
    seedVendor({ name: 'Acme GmbH', country: 'DE', createdBy: 'alice' });
    renderApp({ url: '/vendors', user });

    const table = await screen.findByRole('table', { name: 'Vendors' });
    const row = await within(table).findByRole('row', { name: /Acme GmbH/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Acme GmbH',
      'DE',
      formatTimestamp('2026-11-25T12:00:00Z'),
      'alice',
    ]);
    timeOf(row, '2026-11-25T12:00:00Z');
    expect(screen.queryByLabelText('Vendor name')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add vendor' })).not.toBeInTheDocument();
    expect(screen.getByTestId('read-only-note')).toBeInTheDocument();
  });

  it('tells a user without a Clearance role that they have no access, and hides the link', async () => {
    renderApp({ url: '/vendors', user: testUsers.nobody });

    expect(screen.getByRole('alert')).toHaveTextContent('You do not have access');
    expect(screen.queryByRole('table', { name: 'Vendors' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Vendors' })).not.toBeInTheDocument();
  });

  it('shows "You do not have access" when the API answers 403', async () => {
    server.use(http.get('/api/v1/vendors', () => problem(403, 'forbidden', 'Forbidden')));
    renderApp({ url: '/vendors', user: testUsers.audrey });

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access');
  });
});

describe('header and dashboard', () => {
  it('shows the user, the role chips and a working logout button', async () => {
    const { events, logout } = renderApp({ user: testUsers.dana });

    expect(screen.getByText('Clearance')).toBeInTheDocument();
    expect(screen.getByTestId('current-user')).toHaveTextContent('Dana Double');
    expect(screen.getAllByTestId('role-chip').map((chip) => chip.textContent)).toEqual(['analyst', 'legal-reviewer']);
    expect(screen.getByTestId('access-summary')).toHaveTextContent(
      'As Analyst and Legal reviewer, you can view the vendor list and add new vendors.',
    );

    await events.click(screen.getByRole('button', { name: 'Log out' }));
    expect(logout).toHaveBeenCalledOnce();
  });

  it('tells an auditor the list is read-only', () => {
    renderApp({ user: testUsers.audrey });

    expect(screen.getByTestId('access-summary')).toHaveTextContent('read-only');
  });
});
