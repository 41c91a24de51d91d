import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers } from '@/testing/test-utils';

const party = { id: 'p-de', kind: 'ENTITY', name: 'German Vendor GmbH', facts: null, coveredStatus: null };

function node(id: string, name: string, covered: boolean, limbs: string[], owners: unknown[] = []) {
  return { id, name, kind: 'ENTITY', covered, countryOfConcern: false, limbs, coveredOwnershipPercent: 0, cycle: false, owners };
}

const tree = {
  asOf: '2026-11-25',
  root: node('p-de', 'German Vendor GmbH', true, ['28 CFR 202.211(a)(1)'], [
    {
      edgeId: 'e1',
      percent: 70,
      validFrom: '2020-01-01',
      validTo: null,
      source: 'register',
      owner: node('p-nl', 'Dutch Holding B.V.', true, ['28 CFR 202.211(a)(2)'], [
        { edgeId: 'e2', percent: 70, validFrom: '2020-01-01', validTo: null, source: 'register', owner: node('p-cn', 'Shenzhen Parent Co.', true, ['28 CFR 202.211(a)(1)']) },
      ]),
    },
  ]),
};

const coveredPerson = {
  partyId: 'p-de',
  asOf: '2026-11-25',
  covered: true,
  usPerson: false,
  countryOfConcern: false,
  limbs: ['28 CFR 202.211(a)(1)'],
  coveredOwnershipPercent: 70,
  paths: [[{ id: 'p-cn', name: 'Shenzhen Parent Co.' }, { id: 'p-nl', name: 'Dutch Holding B.V.' }, { id: 'p-de', name: 'German Vendor GmbH' }]],
  findings: [{ citation: '28 CFR 202.211(a)(1)', text: "'German Vendor GmbH' is owned 70% in the aggregate" }],
  ruleSetVersion: 'dsp-2025.04.08-1',
  inputHash: 'a'.repeat(64),
};

function useFixedOwnership(asOfSeen: (string | null)[] = []) {
  server.use(
    http.get('/api/v1/vendors/:vendorId/party', () => HttpResponse.json(party)),
    http.get('/api/v1/parties/:id/ownership-tree', ({ request }) => {
      asOfSeen.push(new URL(request.url).searchParams.get('asOf'));
      return HttpResponse.json(tree);
    }),
    http.get('/api/v1/parties/:id/covered-person', () => HttpResponse.json(coveredPerson)),
  );
}

describe('vendor due-diligence page', () => {
  it('shows the verdict, its limbs with citations, the aggregate ownership, the deciding path and the tree', async () => {
    const asOfSeen: (string | null)[] = [];
    useFixedOwnership(asOfSeen);
    renderApp({ url: '/vendors/v1/ownership', user: testUsers.audrey });

    expect(await screen.findByTestId('covered-verdict')).toHaveTextContent(/^Covered$/);
    expect(screen.getByTestId('covered-ownership')).toHaveTextContent('70%');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Due diligence: German Vendor GmbH');
    const limbs = screen.getByRole('list', { name: 'Limbs' });
    expect(within(limbs).getByRole('listitem')).toHaveTextContent(
      '28 CFR 202.211(a)(1) — foreign entity 50% or more owned by countries of concern',
    );
    const paths = screen.getByRole('list', { name: 'Deciding ownership paths' });
    expect(within(paths).getByRole('listitem')).toHaveTextContent(
      'Shenzhen Parent Co. → Dutch Holding B.V. → German Vendor GmbH',
    );
    expect(screen.getByRole('list', { name: 'Findings' })).toHaveTextContent('is owned 70% in the aggregate');
    const ownership = await screen.findByRole('tree', { name: 'Ownership tree' });
    expect(ownership).toHaveTextContent('70% held by Dutch Holding B.V. covered (28 CFR 202.211(a)(2))');
    expect(ownership).toHaveTextContent('70% held by Shenzhen Parent Co. covered (28 CFR 202.211(a)(1))');
    expect(asOfSeen).toEqual([null]);
  });

  it('asks for the tree and the verdict as of the chosen date', async () => {
    const asOfSeen: (string | null)[] = [];
    useFixedOwnership(asOfSeen);
    const { events } = renderApp({ url: '/vendors/v1/ownership', user: testUsers.alice });
    await screen.findByTestId('covered-verdict');

    const asOf = screen.getByLabelText('As of');
    await events.type(asOf, '2024-06-01');

    await expect.poll(() => asOfSeen).toContain('2024-06-01');
    // Archiving is offered for today's tree only.
    await screen.findByRole('tree', { name: 'Ownership tree' });
    expect(screen.queryByRole('button', { name: /^Archive ownership by/ })).not.toBeInTheDocument();
  });

  it('shows a problem other than "not linked" as a banner', async () => {
    server.use(http.get('/api/v1/vendors/:vendorId/party', () => problem(500, 'internal', 'Internal error')));
    renderApp({ url: '/vendors/v2/ownership', user: testUsers.alice });

    expect(await screen.findByRole('alert')).toHaveTextContent('Internal error');
  });
});

describe('vendor due-diligence page by role', () => {
  it.each([testUsers.audrey, testUsers.sam, testUsers.lee])('is read-only for $username', async (user) => {
    useFixedOwnership();
    renderApp({ url: '/vendors/v1/ownership', user });

    await screen.findByRole('tree', { name: 'Ownership tree' });
    expect(screen.getByTestId('read-only-note')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add owner' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Owner name')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Archive ownership by/ })).not.toBeInTheDocument();
  });

  it.each([testUsers.alice, testUsers.adam, testUsers.dana])('lets $username add and archive owners', async (user) => {
    useFixedOwnership();
    renderApp({ url: '/vendors/v1/ownership', user });

    await screen.findByRole('tree', { name: 'Ownership tree' });
    expect(screen.getByRole('form', { name: 'Add owner' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive ownership by Dutch Holding B.V.' })).toBeInTheDocument();
    expect(screen.queryByTestId('read-only-note')).not.toBeInTheDocument();
  });

  it('tells an auditor that an unlinked vendor has no party yet, without a form', async () => {
    renderApp({ url: '/vendors/v9/ownership', user: testUsers.audrey });

    expect(await screen.findByTestId('no-party-note')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Register party' })).not.toBeInTheDocument();
  });

  it('tells a user without a Clearance role that they have no access', () => {
    renderApp({ url: '/vendors/v1/ownership', user: testUsers.nobody });

    expect(screen.getByRole('alert')).toHaveTextContent('You do not have access');
  });
});
