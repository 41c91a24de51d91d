import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers } from '@/testing/test-utils';

const party = { id: 'p-de', kind: 'ENTITY', name: 'German Vendor GmbH', coveredStatus: null };

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

describe('vendor ownership page', () => {
  it('shows the ownership tree, the covered status and the path that decides it', async () => {
    const asOfSeen: (string | null)[] = [];
    server.use(
      http.get('/api/v1/vendors/:vendorId/party', () => HttpResponse.json(party)),
      http.get('/api/v1/parties/:id/ownership-tree', ({ request }) => {
        asOfSeen.push(new URL(request.url).searchParams.get('asOf'));
        return HttpResponse.json(tree);
      }),
      http.get('/api/v1/parties/:id/covered-person', () => HttpResponse.json(coveredPerson)),
    );
    renderApp({ url: '/vendors/v1/ownership', user: testUsers.audrey });

    expect(await screen.findByTestId('covered-verdict')).toHaveTextContent(
      'Covered person as of 2026-11-25 under 28 CFR 202.211(a)(1); covered ownership 70%.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ownership of German Vendor GmbH');
    const paths = screen.getByRole('list', { name: 'Deciding ownership paths' });
    expect(within(paths).getByRole('listitem')).toHaveTextContent(
      'Shenzhen Parent Co. → Dutch Holding B.V. → German Vendor GmbH',
    );
    const ownership = screen.getByRole('tree', { name: 'Ownership tree' });
    expect(ownership).toHaveTextContent('70% held by Dutch Holding B.V. covered (28 CFR 202.211(a)(2))');
    expect(ownership).toHaveTextContent('70% held by Shenzhen Parent Co. covered (28 CFR 202.211(a)(1))');
    expect(asOfSeen).toEqual([null]);
  });

  it('shows the problem when the vendor is not linked to a party', async () => {
    server.use(
      http.get('/api/v1/vendors/:vendorId/party', () => problem(404, 'not-found', 'Not found', { detail: 'Vendor v2 is not linked to a party' })),
    );
    renderApp({ url: '/vendors/v2/ownership', user: testUsers.alice });

    expect(await screen.findByText('Vendor v2 is not linked to a party')).toBeInTheDocument();
  });
});

describe('vendor ownership page access', () => {
  it('tells a user without a Clearance role that they have no access', () => {
    renderApp({ url: '/vendors/v1/ownership', user: testUsers.nobody });

    expect(screen.getByRole('alert')).toHaveTextContent('You do not have access');
  });
});
