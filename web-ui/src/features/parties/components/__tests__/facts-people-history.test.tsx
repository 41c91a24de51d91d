import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { db, seedEdge, seedParty, seedVendor } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

// These pages load several queries before the first control shows; the full suite runs on a busy machine.
configure({ asyncUtilTimeout: 5000 });

function linkedVendor() {
  const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
  const party = seedParty({ name: 'Acme GmbH', organizedIn: ['DE'], principalPlaceOfBusiness: 'NL' });
  db.vendorParties[vendor.id] = party.id;
  return { vendor, party };
}

type Events = ReturnType<typeof renderApp>['events'];

async function openFactsForm(events: Events) {
  await events.click(await screen.findByRole('button', { name: 'Edit facts' }));
  return screen.getByRole('form', { name: 'Edit party facts' });
}

describe('edit party facts', { timeout: 20_000 }, () => {
  it('is prefilled from the current facts and records a new version', async () => {
    const { vendor, party } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    const form = await openFactsForm(events);
    expect(within(form).getByLabelText('Countries of organization')).toHaveValue('DE');
    expect(within(form).getByLabelText('Principal place of business')).toHaveValue('NL');
    expect(within(form).getByLabelText('New facts valid from')).toHaveValue(new Date().toISOString().slice(0, 10));

    const organizedIn = within(form).getByLabelText('Countries of organization');
    await events.clear(organizedIn);
    await events.type(organizedIn, 'de, cn');
    const validFrom = within(form).getByLabelText('New facts valid from');
    await events.clear(validFrom);
    await events.type(validFrom, '2025-03-01');
    await events.click(within(form).getByRole('button', { name: 'Save facts' }));

    expect(await screen.findByText('Facts updated.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit party facts' })).not.toBeInTheDocument();
    expect(db.factVersions[party.id]).toEqual([
      expect.objectContaining({ validFrom: '2025-03-01', organizedIn: ['DE', 'CN'], principalPlaceOfBusiness: 'NL', designatedCoveredPerson: false }),
    ]);
    // Organized in a country of concern: the verdict and the facts are read again.
    expect(await screen.findByTestId('covered-verdict')).toHaveTextContent(/^Covered$/);
    // The badge says why before the figures: covered by where it is organized, not by its (0%) ownership.
    expect(screen.getByTestId('covered-reason')).toHaveTextContent(
      'Covered: organized under the laws of China (CN), a country of concern (28 CFR 202.211(a)(1)).',
    );
    expect(await within(screen.getByLabelText('Party facts')).findByText('DE, CN')).toBeInTheDocument();
  }, 15_000);

  it("shows the server's violations under their fields and keeps what was typed", async () => {
    const { vendor } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await openFactsForm(events);
    const organizedIn = within(form).getByLabelText('Countries of organization');
    await events.clear(organizedIn);
    await events.type(organizedIn, 'DE, XX');
    await events.click(within(form).getByRole('button', { name: 'Save facts' }));

    await waitFor(() => expect(within(form).getByLabelText('Countries of organization')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByLabelText('Countries of organization')).toHaveAccessibleDescription(
      "Two-letter ISO codes separated by commas, e.g. DE, NL 'XX' is not an ISO 3166-1 alpha-2 country code",
    );
    expect(within(form).getByLabelText('Countries of organization')).toHaveValue('DE, XX');
    // Placed under the field, so the banner holds only the title and detail.
    const alert = within(form.parentElement!).getByRole('alert');
    expect(alert).toHaveTextContent('Invalid request');
    expect(alert).not.toHaveTextContent('organizedIn');
  });

  it('checks codes before sending anything', async () => {
    const { vendor } = linkedVendor();
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') seen.push(request.url);
    });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await openFactsForm(events);
    const ppb = within(form).getByLabelText('Principal place of business');
    await events.clear(ppb);
    await events.type(ppb, 'N');
    await events.click(within(form).getByRole('button', { name: 'Save facts' }));
    expect(ppb).toHaveAttribute('aria-invalid', 'true');
    expect(ppb).toHaveAccessibleDescription(/Enter a two-letter ISO 3166-1 country code/);
    expect(seen).toEqual([]);
  });

  it('is not offered to auditors', async () => {
    const { vendor } = linkedVendor();
    renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.audrey });
    expect(await screen.findByTestId('read-only-note')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit facts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add key person' })).not.toBeInTheDocument();
    // The history is for every role.
    expect(await screen.findByTestId('no-history')).toBeInTheDocument();
  });
});

describe('key persons', { timeout: 20_000 }, () => {
  it('registers a new INDIVIDUAL and records that the vendor employs them', async () => {
    const { vendor, party } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await screen.findByRole('form', { name: 'Add key person' });
    await events.type(within(form).getByLabelText('Person name'), 'Li Wei');
    await events.type(within(form).getByLabelText('Country of residence'), 'cn');
    await events.selectOptions(within(form).getByLabelText('Relation'), 'EMPLOYEE');
    const since = within(form).getByLabelText('Since');
    await events.clear(since);
    await events.type(since, '2024-05-01');
    await events.click(within(form).getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('Person “Li Wei” linked.')).toBeInTheDocument();
    const person = db.parties.find((p) => p.name === 'Li Wei')!;
    expect(person).toMatchObject({ kind: 'INDIVIDUAL', primaryResidence: 'CN' });
    expect(db.employments).toEqual([
      expect.objectContaining({ individualPartyId: person.id, employerPartyId: party.id, kind: 'EMPLOYEE', validFrom: '2024-05-01' }),
    ]);
    expect(within(form).getByLabelText('Person name')).toHaveValue('');
  });

  it('links an existing individual and reuses the person made when only the employment was refused', async () => {
    const { vendor } = linkedVendor();
    seedParty({ name: 'Anna Schmidt', kind: 'INDIVIDUAL', primaryResidence: 'DE' });
    let refuse = true;
    server.use(
      http.post('/api/v1/parties/:id/employers', () => {
        if (!refuse) return undefined;
        refuse = false;
        return problem(400, 'invalid-request', 'Invalid request', {
          detail: '1 field is invalid',
          violations: [{ field: '$.validFrom', message: 'must not be after today' }],
        });
      }),
    );
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    const form = await screen.findByRole('form', { name: 'Add key person' });
    await within(form).findByRole('option', { name: 'Anna Schmidt' });

    // A new person first: the party is made, the employment refused.
    await events.type(within(form).getByLabelText('Person name'), 'Li Wei');
    await events.type(within(form).getByLabelText('Country of residence'), 'CN');
    await events.click(within(form).getByRole('button', { name: 'Add person' }));
    await waitFor(() => expect(within(form).getByLabelText('Since')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByLabelText('Since')).toHaveAccessibleDescription('must not be after today');
    expect(within(form).getByLabelText('Person name')).toHaveValue('Li Wei');
    await events.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByText('Person “Li Wei” linked.')).toBeInTheDocument();
    expect(db.parties.filter((p) => p.name === 'Li Wei')).toHaveLength(1);

    // Then an existing one: the new-person fields go away and no party is made.
    await events.selectOptions(within(form).getByLabelText('Existing individual'), 'Anna Schmidt');
    expect(within(form).queryByLabelText('Person name')).not.toBeInTheDocument();
    await events.selectOptions(within(form).getByLabelText('Relation'), 'CONTRACTOR');
    await events.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(await screen.findByText('Person “Anna Schmidt” linked.')).toBeInTheDocument();
    expect(db.employments.map((e) => e.kind)).toEqual(['EMPLOYEE', 'CONTRACTOR']);
    expect(db.parties.filter((p) => p.name === 'Anna Schmidt')).toHaveLength(1);
  }, 15_000);
});

describe('ownership history', { timeout: 20_000 }, () => {
  it('lists every edge ever recorded, archived ones with when', async () => {
    const { vendor, party } = linkedVendor();
    const gov = seedParty({ name: 'Government of China', kind: 'GOVERNMENT', country: 'CN' });
    const holding = seedParty({ name: 'Berlin Holding AG', organizedIn: ['DE'] });
    seedEdge({ ownerPartyId: gov.id, ownedPartyId: party.id, percent: 30, validFrom: '2021-01-01', archived: true, archivedAt: '2026-11-20T09:00:00Z', archivedBy: 'adam', archiveReason: 'Entered against the wrong party' });
    seedEdge({ ownerPartyId: holding.id, ownedPartyId: party.id, percent: 70, validFrom: '2022-06-01', source: 'Handelsregister' });
    renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.audrey });

    const table = await screen.findByRole('table', { name: 'Ownership history' });
    const rows = await within(table).findAllByTestId('history-row');
    expect(rows).toHaveLength(2);
    await waitFor(() => expect(rows[0]).toHaveTextContent('Government of China'));
    expect(rows[0]).toHaveTextContent('30%');
    timeOf(within(rows[0]!).getByTestId('history-archived'), '2026-11-20T09:00:00Z');
    expect(within(rows[0]!).getByTestId('history-archived')).toHaveTextContent('by adam');
    expect(within(rows[0]!).getByTestId('history-archive-reason')).toHaveTextContent('Entered against the wrong party');
    expect(within(rows[1]!).queryByTestId('history-archive-reason')).not.toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Berlin Holding AG');
    expect(rows[1]).toHaveTextContent('Handelsregister');
    expect(within(rows[1]!).getByTestId('history-archived')).toHaveTextContent('Active');
    // The tree (today) shows only the active edge.
    expect(within(screen.getByRole('tree', { name: 'Ownership tree' })).queryByText('Government of China')).not.toBeInTheDocument();
  });

  it('keeps an archived edge in the history after archiving it', async () => {
    const { vendor, party } = linkedVendor();
    const gov = seedParty({ name: 'Government of China', kind: 'GOVERNMENT', country: 'CN' });
    seedEdge({ ownerPartyId: gov.id, ownedPartyId: party.id, percent: 30 });
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    await events.click(await screen.findByRole('button', { name: 'Archive ownership by Government of China' }));
    await screen.findByTestId('no-owners');
    const table = screen.getByRole('table', { name: 'Ownership history' });
    await waitFor(() => timeOf(within(table).getByTestId('history-archived'), '2026-11-25T13:00:00Z'));
  });
});
