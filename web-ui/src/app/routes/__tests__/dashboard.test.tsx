import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/time';
import { seedAlert, seedParty, seedVendor } from '@/testing/mocks/db';
import { seedSnapshot } from '@/testing/mocks/screening-handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

const DAY = 24 * 3600 * 1000;

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString();
}

function requestedPaths(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => seen.push(new URL(request.url).pathname));
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('home page on a fresh install', () => {
  it('tells an admin to import the lists and register the first vendor, with links', async () => {
    renderApp({ user: testUsers.adam });

    const steps = await screen.findByTestId('next-steps');
    expect(within(steps).getByRole('heading', { name: 'Get started' })).toBeInTheDocument();
    const importLink = within(screen.getByTestId('next-step-lists')).getByRole('link', { name: 'Import the screening lists' });
    expect(importLink).toHaveAttribute('href', '/lists');
    expect(within(screen.getByTestId('next-step-vendors')).getByRole('link', { name: 'Register the first vendor' })).toHaveAttribute(
      'href',
      '/vendors',
    );
    expect(await screen.findByTestId('open-alerts-summary')).toHaveTextContent('No open alert');
    expect(screen.queryByTestId('list-freshness')).not.toBeInTheDocument();
  });

  it('tells an analyst that an admin imports lists, and links her to registering a vendor', async () => {
    renderApp({ user: testUsers.alice });

    const lists = await screen.findByTestId('next-step-lists');
    expect(lists).toHaveTextContent('No screening list is imported yet; an admin imports the lists');
    expect(within(lists).queryByRole('link')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('next-step-vendors')).getByRole('link', { name: 'Register the first vendor' })).toBeInTheDocument();
  });

  it('shows a security reviewer only what that role may read, without asking for lists or alerts', async () => {
    const seen = requestedPaths();
    renderApp({ user: testUsers.sam });

    const vendors = await screen.findByTestId('next-step-vendors');
    expect(vendors).toHaveTextContent('No vendor is registered yet; analysts register vendors.');
    expect(within(vendors).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('next-step-lists')).not.toBeInTheDocument();
    expect(screen.queryByTestId('open-alerts')).not.toBeInTheDocument();
    expect(seen).toContain('/api/v1/vendors');
    expect(seen.filter((p) => p.includes('list-snapshots') || p.includes('screening-alerts'))).toEqual([]);
  });
});

describe('home page once there is data', () => {
  it('shows the open alerts with a link and each list with its version, age and a stale warning', async () => {
    seedVendor({ name: 'Acme GmbH', country: 'DE' });
    const dplImported = daysAgo(3);
    const unImported = daysAgo(10);
    seedSnapshot({ importedAt: dplImported });
    seedSnapshot({
      id: '22222222-2222-4222-8222-222222222222',
      source: 'UN',
      listName: 'United Nations Security Council Consolidated List',
      publisher: 'United Nations Security Council',
      importedAt: unImported,
    });
    // A superseded snapshot is not the list in use.
    seedSnapshot({ id: '33333333-3333-4333-8333-333333333333', source: 'BIS_DPL', importedAt: daysAgo(40), active: false });
    const party = seedParty({ name: 'Aerocargo del Sur' });
    seedAlert({ party, entryName: 'AEROCARGO DEL SUR' });
    seedAlert({ party, entryName: 'AERO CARGO SUR' });
    seedAlert({ party, entryName: 'ACKNOWLEDGED ONE', acknowledgedAt: '2026-11-25T14:30:00Z', acknowledgedBy: 'alice' });
    renderApp({ user: testUsers.adam });

    const alerts = await screen.findByTestId('open-alerts-summary');
    expect(alerts).toHaveTextContent('2 open alerts from re-screenings. Review them on the Screening page');

    const table = await screen.findByRole('table', { name: 'List freshness' });
    const rows = within(table).getAllByTestId('freshness-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Denied Persons List');
    expect(rows[0]).toHaveTextContent('U.S. Department of Commerce, Bureau of Industry and Security');
    expect(rows[0]).toHaveTextContent(formatTimestamp(dplImported));
    expect(rows[0]).toHaveTextContent('3 days ago');
    expect(within(rows[0]!).queryByTestId('freshness-stale')).not.toBeInTheDocument();
    timeOf(rows[0]!, dplImported);
    expect(rows[1]).toHaveTextContent('United Nations Security Council Consolidated List');
    expect(rows[1]).toHaveTextContent(/last week|10 days ago|1 week ago/);
    expect(within(rows[1]!).getByTestId('freshness-stale')).toHaveTextContent('Stale: older than 7 days');
    expect(screen.getByTestId('lists-missing')).toHaveTextContent('Not imported yet: OFAC_SDN, OFAC_NON_SDN, CSL.');
    expect(screen.getByRole('link', { name: 'Import the current files on the Lists page' })).toHaveAttribute('href', '/lists');
    expect(screen.queryByTestId('next-steps')).not.toBeInTheDocument();
    // NB: links are not clicked (React Router's navigation and jsdom's AbortSignal, see setup-tests.ts); the
    // browser e2e test (29-home) follows them.
    expect(within(alerts).getByRole('link', { name: 'Review them on the Screening page' })).toHaveAttribute('href', '/screening');
  });

  it('offers an analyst no import link for a stale list', async () => {
    seedVendor({ name: 'Acme GmbH', country: 'DE' });
    seedSnapshot({ importedAt: daysAgo(9) });
    renderApp({ user: testUsers.alice });

    expect(await screen.findByTestId('freshness-stale')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import the current files on the Lists page' })).not.toBeInTheDocument();
    expect(await screen.findByTestId('open-alerts-summary')).toHaveTextContent('No open alert');
  });
});
