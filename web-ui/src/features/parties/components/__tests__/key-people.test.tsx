import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/time';
import { db, seedEdge, seedEmployment, seedParty, seedVendor } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

// These pages load several queries before the first control shows; the full suite runs on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const f = formatTimestamp;

function linkedVendor() {
  const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
  const party = seedParty({ name: 'Acme GmbH', organizedIn: ['DE'] });
  db.vendorParties[vendor.id] = party.id;
  return { vendor, party };
}

function cells(row: HTMLElement) {
  const cell = (id: string) => within(row).getByTestId(id).textContent;
  return {
    name: cell('person-name'),
    role: cell('person-role'),
    status: cell('person-status'),
    addedBy: cell('person-added-by'),
    state: cell('person-state'),
  };
}

describe('key people', { timeout: 20_000 }, () => {
  it('lists everyone recorded, with role, dates, covered status, who added them and ended/archived links last', async () => {
    const { vendor, party } = linkedVendor();
    const li = seedParty({ name: 'Li Wei', kind: 'INDIVIDUAL', primaryResidence: 'CN' });
    const anna = seedParty({ name: 'Anna Schmidt', kind: 'INDIVIDUAL', primaryResidence: 'DE' });
    const bob = seedParty({ name: 'Bob Meyer', kind: 'INDIVIDUAL', primaryResidence: 'DE' });
    const carl = seedParty({ name: 'Carl Vogt', kind: 'INDIVIDUAL', primaryResidence: 'DE' });
    const other = seedParty({ name: 'Other GmbH', organizedIn: ['DE'] });
    seedEmployment({ individual: anna, employer: party, kind: 'CONTRACTOR', validFrom: '2021-01-01', validTo: '2023-07-01', createdBy: 'adam' });
    seedEmployment({ individual: bob, employer: party, validFrom: '2019-03-01', archivedAt: '2026-11-20T09:00:00Z' });
    seedEmployment({ individual: li, employer: party, validFrom: '2024-05-01', createdBy: 'alice', createdAt: '2026-11-24T10:00:00Z' });
    seedEmployment({ individual: carl, employer: party, kind: 'CONTRACTOR', validFrom: '2025-01-01', statusDetermined: false });
    seedEmployment({ individual: li, employer: other }); // another employer's: not listed
    // Every role reads the list.
    renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.audrey });

    const table = await screen.findByRole('table', { name: 'Key people' });
    const rows = within(table).getAllByTestId('person-row');
    expect(rows.map((row) => cells(row))).toEqual([
      {
        name: 'Li Wei',
        role: 'Employee',
        status: `Covered as of ${f('2026-11-25')} (28 CFR 202.211(a)(4))`,
        addedBy: `alice, ${f('2026-11-24T10:00:00Z')}`,
        state: 'Active',
      },
      { name: 'Carl Vogt', role: 'Contractor', status: 'Not determined', addedBy: `alice, ${f('2026-11-25T12:00:00Z')}`, state: 'Active' },
      {
        name: 'Bob Meyer',
        role: 'Employee',
        status: `Not covered as of ${f('2026-11-25')}`,
        addedBy: `alice, ${f('2026-11-25T12:00:00Z')}`,
        state: `Archived ${f('2026-11-20T09:00:00Z')}`,
      },
      {
        name: 'Anna Schmidt',
        role: 'Contractor',
        status: `Not covered as of ${f('2026-11-25')}`,
        addedBy: `adam, ${f('2026-11-25T12:00:00Z')}`,
        state: `Ended ${f('2023-07-01')}`,
      },
    ]);
    // The badge reuses the verdict's styles.
    expect(within(rows[0]!).getByText('Covered')).toHaveClass('status-badge', 'status-badge--covered');
    expect(within(rows[2]!).getByText('Not covered')).toHaveClass('status-badge', 'status-badge--clear');
    expect(rows[3]).toHaveTextContent(f('2021-01-01'));
    timeOf(rows[3]!, '2023-07-01');
    timeOf(rows[0]!, '2026-11-24T10:00:00Z');
    expect(rows[2]).toHaveClass('row--archived');
    expect(rows[3]).toHaveClass('row--archived');
    expect(rows[0]).not.toHaveClass('row--archived');
  });

  it('says so when nobody is recorded', async () => {
    const { vendor } = linkedVendor();
    renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.sam });
    expect(await screen.findByTestId('no-people')).toHaveTextContent('No key people have been recorded for this party.');
    expect(screen.queryByRole('table', { name: 'Key people' })).not.toBeInTheDocument();
  });

  it('is read again after "Add key person" succeeds', async () => {
    const { vendor, party } = linkedVendor();
    const peopleReads: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === `/api/v1/parties/${party.id}/people`) {
        peopleReads.push(request.url);
      }
    });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    await screen.findByTestId('no-people');
    const readsBefore = peopleReads.length;

    const form = await screen.findByRole('form', { name: 'Add key person' });
    await events.type(within(form).getByLabelText('Person name'), 'Li Wei');
    await events.type(within(form).getByLabelText('Country of residence'), 'CN');
    await events.selectOptions(within(form).getByLabelText('Relation'), 'CONTRACTOR');
    const since = within(form).getByLabelText('Since');
    await events.clear(since);
    await events.type(since, '2024-05-01');
    await events.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByText('Person “Li Wei” linked.')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Key people' });
    const [row, ...rest] = within(table).getAllByTestId('person-row');
    expect(rest).toEqual([]);
    expect(cells(row!)).toMatchObject({ name: 'Li Wei', role: 'Contractor', state: 'Active' });
    expect(cells(row!).status).toMatch(/^Covered as of/);
    expect(cells(row!).addedBy).toMatch(/^alice, /);
    timeOf(row!, '2024-05-01');
    expect(screen.queryByTestId('no-people')).not.toBeInTheDocument();
    expect(peopleReads.length).toBeGreaterThan(readsBefore);
  });
});

describe('ownership history: who archived', { timeout: 20_000 }, () => {
  it('shows archivedBy from the owners endpoint', async () => {
    const { vendor, party } = linkedVendor();
    const gov = seedParty({ name: 'Government of China', kind: 'GOVERNMENT', country: 'CN' });
    seedEdge({ ownerPartyId: gov.id, ownedPartyId: party.id, percent: 30, archived: true, archivedAt: '2026-11-20T09:00:00Z', archivedBy: 'adam' });
    renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.audrey });

    const table = await screen.findByRole('table', { name: 'Ownership history' });
    const archived = within(table).getByTestId('history-archived');
    expect(archived).toHaveTextContent(`${formatTimestamp('2026-11-20T09:00:00Z')} by adam`);
    expect(timeOf(archived, '2026-11-20T09:00:00Z')).toHaveAttribute('title', '2026-11-20 09:00:00 UTC');
  });

  it('names the user who archived an edge from the tree', async () => {
    const { vendor, party } = linkedVendor();
    const gov = seedParty({ name: 'Government of China', kind: 'GOVERNMENT', country: 'CN' });
    seedEdge({ ownerPartyId: gov.id, ownedPartyId: party.id, percent: 30 });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.adam });

    const table = await screen.findByRole('table', { name: 'Ownership history' });
    expect(within(table).getByTestId('history-archived')).toHaveTextContent(/^Active$/);
    await events.click(await screen.findByRole('button', { name: 'Archive ownership by Government of China' }));
    await waitFor(() => expect(within(table).getByTestId('history-archived')).toHaveTextContent(/ by adam$/));
    timeOf(within(table).getByTestId('history-archived'), '2026-11-25T13:00:00Z');
  });
});
