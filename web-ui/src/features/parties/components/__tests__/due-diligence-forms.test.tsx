import { configure, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { db, seedEdge, seedParty, seedVendor } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

// The first render of a file loads the whole app; on a busy machine that outlasts the default 1 s.
configure({ asyncUtilTimeout: 5000 });

function linkedVendor() {
  const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
  const party = seedParty({ name: 'Acme GmbH', organizedIn: ['DE'] });
  db.vendorParties[vendor.id] = party.id;
  return { vendor, party };
}

function countRequests(method: string, pathPart: string) {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === method && new URL(request.url).pathname.includes(pathPart)) seen.push(request.url);
  });
  return seen;
}

type Events = ReturnType<typeof renderApp>['events'];

async function addOwner(events: Events, owner: { name: string; kind?: string; country: string; percent: string; source?: string }) {
  const form = screen.getByRole('form', { name: 'Add owner' });
  await events.type(within(form).getByLabelText('Owner name'), owner.name);
  await events.selectOptions(within(form).getByLabelText('Owner kind'), owner.kind ?? 'ENTITY');
  await events.type(within(form).getByLabelText('Owner country'), owner.country);
  await events.type(within(form).getByLabelText('Percent owned'), owner.percent);
  await events.clear(within(form).getByLabelText('Valid from'));
  await events.type(within(form).getByLabelText('Valid from'), '2024-01-01');
  const source = within(form).getByLabelText('Source');
  await events.clear(source);
  await events.type(source, owner.source ?? 'Commercial register');
  await events.click(within(form).getByRole('button', { name: 'Add owner' }));
}

describe('vendor list', () => {
  it('links each vendor to its due-diligence page', async () => {
    const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
    renderApp({ url: '/vendors' });

    // NB: the link is not clicked: React Router's navigation builds a Request with jsdom's AbortSignal, which
    // Node 24's fetch refuses (see setup-tests.ts); the browser e2e test clicks it.
    expect(await screen.findByRole('link', { name: 'Acme GmbH' })).toHaveAttribute('href', `/vendors/${vendor.id}/ownership`);
  });
});

describe('register party form', () => {
  it("is filled from the vendor and creates the ENTITY party, links it and shows its verdict", async () => {
    const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    const form = await screen.findByRole('form', { name: 'Register party' });
    expect(within(form).getByLabelText('Legal name')).toHaveValue('Acme GmbH');
    expect(within(form).getByLabelText('Country of organization')).toHaveValue('DE');
    await events.type(within(form).getByLabelText('Principal place of business'), 'nl');
    expect(within(form).getByLabelText('Principal place of business')).toHaveValue('NL');
    await events.click(within(form).getByRole('button', { name: 'Register party' }));

    expect(await screen.findByTestId('covered-verdict')).toHaveTextContent(/^Not covered$/);
    expect(screen.getByTestId('no-limbs')).toHaveTextContent('No limb of 28 CFR 202.211(a) applies.');
    expect(db.parties).toHaveLength(1);
    expect(db.parties[0]).toMatchObject({ kind: 'ENTITY', name: 'Acme GmbH', organizedIn: ['DE'], principalPlaceOfBusiness: 'NL' });
    expect(db.vendorParties[vendor.id]).toBe(db.parties[0]!.id);
    expect(screen.getByRole('form', { name: 'Add owner' })).toBeInTheDocument();
  });

  it('checks the fields before sending anything', async () => {
    const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
    const posts = countRequests('POST', '/api/v1/');
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    const form = await screen.findByRole('form', { name: 'Register party' });
    await events.clear(within(form).getByLabelText('Legal name'));
    await events.clear(within(form).getByLabelText('Country of organization'));
    await events.type(within(form).getByLabelText('Principal place of business'), 'X');
    await events.click(within(form).getByRole('button', { name: 'Register party' }));

    expect(within(form).getByLabelText('Legal name')).toHaveAccessibleDescription('Enter the legal name.');
    expect(within(form).getByLabelText('Country of organization')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Principal place of business')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a two-letter ISO 3166-1 country code'),
    );
    expect(posts).toEqual([]);
    server.events.removeAllListeners();
  });

  it("shows the server's violations next to the fields they name", async () => {
    const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    const form = await screen.findByRole('form', { name: 'Register party' });
    await events.clear(within(form).getByLabelText('Country of organization'));
    await events.type(within(form).getByLabelText('Country of organization'), 'XX');
    await events.click(within(form).getByRole('button', { name: 'Register party' }));

    const country = within(form).getByLabelText('Country of organization');
    await expect.poll(() => country.getAttribute('aria-invalid')).toBe('true');
    expect(country).toHaveAccessibleDescription(expect.stringContaining("'XX' is not an ISO 3166-1 alpha-2 country code"));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Invalid request');
    expect(banner).not.toHaveTextContent("'XX'");
    expect(db.parties).toHaveLength(0);
  });

  it('links the party it already made when only the link failed', async () => {
    const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
    let failLink = true;
    server.use(
      http.post('/api/v1/vendors/:vendorId/party', () => {
        if (!failLink) return undefined;
        failLink = false;
        return problem(409, 'conflict', 'Conflict', { detail: 'try again' });
      }),
    );
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    const form = await screen.findByRole('form', { name: 'Register party' });
    await events.click(within(form).getByRole('button', { name: 'Register party' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('try again');
    await events.click(within(form).getByRole('button', { name: 'Register party' }));

    await screen.findByTestId('covered-verdict');
    expect(db.parties).toHaveLength(1);
    expect(db.vendorParties[vendor.id]).toBe(db.parties[0]!.id);
  });
});

describe('add owner form and archive', () => {
  it('adds owners, refreshes verdict and tree after each change, and archives an edge', async () => {
    const { vendor } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    expect(await screen.findByTestId('covered-verdict')).toHaveTextContent(/^Not covered$/);
    expect(await screen.findByTestId('no-owners')).toBeInTheDocument();

    await addOwner(events, { name: 'Shenzhen Parent Co.', country: 'cn', percent: '30' });
    expect(await screen.findByText('Owner “Shenzhen Parent Co.” added.')).toBeInTheDocument();
    await expect.poll(() => screen.getByTestId('covered-ownership').textContent).toBe('30%');
    expect(screen.getByTestId('covered-verdict')).toHaveTextContent(/^Not covered$/);
    expect(screen.getByTestId('covered-reason')).toHaveTextContent(
      'Not covered: no limb of 28 CFR 202.211(a) applies; 30% owned by countries of concern or covered persons is below the 50% threshold.',
    );
    expect(screen.getByLabelText('Owner name')).toHaveValue('');

    await addOwner(events, { name: 'Government of Russia', kind: 'GOVERNMENT', country: 'RU', percent: '25' });
    await expect.poll(() => screen.getByTestId('covered-verdict').textContent).toBe('Covered');
    expect(screen.getByTestId('covered-ownership')).toHaveTextContent('55%');
    expect(screen.getByTestId('covered-reason')).toHaveTextContent(
      'Covered: 55% owned, directly or indirectly, by countries of concern or covered persons (28 CFR 202.211(a)(1)).',
    );
    expect(screen.getAllByTestId('covered-limb').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^28 CFR 202\.211\(a\)\(1\)/),
    ]);
    expect(screen.getByRole('list', { name: 'Deciding ownership paths' })).toHaveTextContent('Shenzhen Parent Co. → Acme GmbH');
    const tree = screen.getByRole('tree', { name: 'Ownership tree' });
    await expect.poll(() => within(tree).queryAllByTestId('ownership-edge').length).toBe(2);
    expect(tree).toHaveTextContent('25% held by Government of Russia');
    expect(db.parties.find((p) => p.name === 'Government of Russia')).toMatchObject({ kind: 'GOVERNMENT', country: 'RU', organizedIn: [] });
    expect(db.edges.map((e) => [e.percent, e.validFrom, e.source])).toEqual([
      [30, '2024-01-01', 'Commercial register'],
      [25, '2024-01-01', 'Commercial register'],
    ]);

    await events.click(screen.getByRole('button', { name: 'Archive ownership by Shenzhen Parent Co.' }));
    await expect.poll(() => screen.getByTestId('covered-verdict').textContent).toBe('Not covered');
    expect(screen.getByTestId('covered-ownership')).toHaveTextContent('25%');
    await expect.poll(() => within(tree).queryAllByTestId('ownership-edge').length).toBe(1);
    expect(db.edges[0]!.archived).toBe(true);
  });

  it('adds an edge from an existing party without registering a new one', async () => {
    const { vendor, party } = linkedVendor();
    const parent = seedParty({ name: 'Shanghai Parent Ltd', organizedIn: ['CN'] });
    const partyPosts = countRequests('POST', '/api/v1/parties');
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await screen.findByRole('form', { name: 'Add owner' });

    const existing = within(form).getByLabelText('Existing party');
    await expect.poll(() => within(existing).queryAllByRole('option').map((o) => o.textContent)).toEqual([
      'New party (enter below)',
      'Shanghai Parent Ltd (Entity)',
    ]);
    await events.selectOptions(existing, parent.id);
    expect(within(form).queryByLabelText('Owner name')).not.toBeInTheDocument();
    expect(within(form).queryByLabelText('Owner country')).not.toBeInTheDocument();
    await events.type(within(form).getByLabelText('Percent owned'), '60');
    await events.type(within(form).getByLabelText('Source'), 'Annual report');
    await events.click(within(form).getByRole('button', { name: 'Add owner' }));

    expect(await screen.findByText('Owner “Shanghai Parent Ltd” added.')).toBeInTheDocument();
    await expect.poll(() => screen.getByTestId('covered-verdict').textContent).toBe('Covered');
    expect(db.edges).toEqual([expect.objectContaining({ ownerPartyId: parent.id, ownedPartyId: party.id, percent: 60 })]);
    expect(db.parties).toHaveLength(2);
    expect(partyPosts.filter((url) => new URL(url).pathname === '/api/v1/parties')).toEqual([]);
    server.events.removeAllListeners();
  });

  it('shows the 409 when the stakes would add up to more than 100% and adds nothing', async () => {
    const { vendor, party } = linkedVendor();
    const holder = seedParty({ name: 'Sixty Holder Ltd', organizedIn: ['GB'] });
    seedEdge({ ownerPartyId: holder.id, ownedPartyId: party.id, percent: 60, validFrom: '2024-01-01' });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    await screen.findByRole('form', { name: 'Add owner' });

    await addOwner(events, { name: 'Fifty Holder Ltd', country: 'GB', percent: '50' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Ownership would exceed 100%');
    expect(alert).toHaveTextContent('would add up to 110%');
    expect(alert).toHaveTextContent('60% held by Sixty Holder Ltd from 2024-01-01');
    expect(alert).toHaveTextContent('the new 50% of Fifty Holder Ltd');
    expect(screen.queryByText(/Owner “Fifty Holder Ltd” added/)).not.toBeInTheDocument();
    expect(db.edges).toHaveLength(1);
  });

  it('checks the fields before sending anything', async () => {
    const { vendor } = linkedVendor();
    const posts = countRequests('POST', '/api/v1/');
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await screen.findByRole('form', { name: 'Add owner' });

    await events.type(within(form).getByLabelText('Percent owned'), '150');
    await events.click(within(form).getByRole('button', { name: 'Add owner' }));

    expect(within(form).getByLabelText('Owner name')).toHaveAccessibleDescription("Enter the owner's name.");
    expect(within(form).getByLabelText('Owner country')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a two-letter ISO 3166-1 country code'),
    );
    expect(within(form).getByLabelText('Percent owned')).toHaveAccessibleDescription('Must be more than 0 and at most 100.');
    expect(within(form).getByLabelText('Source')).toHaveAccessibleDescription(
      expect.stringContaining('Say where this ownership comes from.'),
    );
    expect(posts).toEqual([]);
    server.events.removeAllListeners();
  });

  it("names the owner's country for the kind chosen", async () => {
    const { vendor } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await screen.findByRole('form', { name: 'Add owner' });

    expect(within(form).getByLabelText('Owner country')).toHaveAccessibleDescription(expect.stringContaining('Country of organization'));
    await events.selectOptions(within(form).getByLabelText('Owner kind'), 'GOVERNMENT');
    expect(within(form).getByLabelText('Owner country')).toHaveAccessibleDescription(expect.stringContaining('whose government'));
    await events.selectOptions(within(form).getByLabelText('Owner kind'), 'INDIVIDUAL');
    expect(within(form).getByLabelText('Owner country')).toHaveAccessibleDescription(expect.stringContaining('primary residence'));
  });

  it("shows the server's violations of either step next to the fields, and reuses the owner made on retry", async () => {
    const { vendor } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await screen.findByRole('form', { name: 'Add owner' });

    // Step 1 (POST /parties) refuses the country.
    await addOwner(events, { name: 'Nowhere Ltd', country: 'XX', percent: '10' });
    const country = within(form).getByLabelText('Owner country');
    await expect.poll(() => country.getAttribute('aria-invalid')).toBe('true');
    expect(country).toHaveAccessibleDescription(expect.stringContaining("'XX' is not an ISO 3166-1 alpha-2 country code"));
    expect(db.parties).toHaveLength(1);

    // Step 2 (POST /owners) refuses the date after the owner party was made.
    await events.clear(country);
    await events.type(country, 'FR');
    const validFrom = within(form).getByLabelText('Valid from');
    await events.clear(validFrom);
    await events.type(validFrom, '2099-01-01');
    await events.click(within(form).getByRole('button', { name: 'Add owner' }));
    await expect.poll(() => validFrom.getAttribute('aria-invalid')).toBe('true');
    expect(validFrom).toHaveAccessibleDescription(expect.stringContaining('must not be after today'));
    expect(db.parties).toHaveLength(2);

    await events.clear(validFrom);
    await events.type(validFrom, '2024-01-01');
    await events.click(within(form).getByRole('button', { name: 'Add owner' }));
    expect(await screen.findByText('Owner “Nowhere Ltd” added.')).toBeInTheDocument();
    expect(db.parties).toHaveLength(2);
    expect(db.edges).toHaveLength(1);
  });

  it('shows a failed archive as a banner', async () => {
    const { vendor, party } = linkedVendor();
    seedEdge({ ownerPartyId: seedParty({ name: 'Old Owner', organizedIn: ['CN'] }).id, ownedPartyId: party.id, percent: 60 });
    server.use(http.post('/api/v1/ownership-edges/:id/archive', () => problem(403, 'forbidden', 'Forbidden')));
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    await events.click(await screen.findByRole('button', { name: 'Archive ownership by Old Owner' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access');
    expect(screen.getByTestId('covered-verdict')).toHaveTextContent(/^Covered$/);
  });
});
