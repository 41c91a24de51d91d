import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/time';
import { db, seedParty, seedVendor } from '@/testing/mocks/db';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

function linkedVendor(name = 'Aerocargo del Sur Transportaton Company') {
  const vendor = seedVendor({ name, country: 'AR' });
  const party = seedParty({ name, organizedIn: ['AR'] });
  db.vendorParties[vendor.id] = party.id;
  return { vendor, party };
}

describe('screening section', () => {
  it('screens the party name and shows the evidence and each hit with its score parts', async () => {
    const { vendor, party } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });

    const section = await screen.findByTestId('screening-section');
    await events.click(within(section).getByRole('button', { name: 'Screen now' }));

    const result = await within(section).findByTestId('screening-result');
    expect(Object.values(db.screenings)[0]).toMatchObject({ partyId: party.id, query: { name: party.name } });
    expect(within(result).getByTestId('screening-engine')).toHaveTextContent('clearance-screening 1.0 (test)');
    expect(within(result).getByTestId('screening-threshold')).toHaveTextContent('0.920');
    // The analyst reads which list and which version; the snapshot id and hash wait behind "Technical evidence".
    const list = within(result).getByTestId('screening-snapshot');
    expect(list).toHaveTextContent(
      `Denied Persons List, U.S. Department of Commerce, Bureau of Industry and Security; version imported ${formatTimestamp('2026-11-25T13:00:00.123456Z')}`,
    );
    expect(timeOf(list, '2026-11-25T13:00:00.123456Z')).toHaveAttribute('title', '2026-11-25 13:00:00.123456 UTC');
    expect(list).not.toHaveTextContent('11111111');
    expect(list).not.toHaveTextContent('abab');
    const technical = within(result).getByTestId('technical-evidence');
    expect(technical.tagName).toBe('DETAILS');
    expect(technical).not.toHaveAttribute('open');
    expect(within(technical).getByText('Technical evidence').tagName).toBe('SUMMARY');
    expect(within(technical).getByTestId('screening-snapshot-id')).toHaveTextContent(
      `BIS_DPL snapshot 11111111-1111-4111-8111-111111111111, SHA-256 ${'ab'.repeat(32)}`,
    );
    expect(within(result).getByTestId('screened-at')).toHaveTextContent(`${formatTimestamp('2026-11-25T14:05:00Z')} by alice`);
    expect(within(result).getByTestId('screening-summary')).toHaveTextContent('2 hits, 1 raised.');

    const hits = within(result).getAllByTestId('screening-hit');
    expect(hits).toHaveLength(2);
    expect(within(hits[0]!).getByTestId('hit-entry-name')).toHaveTextContent('AEROCARGO DEL SUR TRANSPORTATION COMPANY');
    expect(within(hits[0]!).getByTestId('hit-list')).toHaveTextContent('Denied Persons List');
    expect(within(hits[0]!).getByTestId('hit-technical-evidence')).toHaveTextContent('Entry BIS_DPL:14');
    expect(within(hits[0]!).getByTestId('hit-technical-evidence').tagName).toBe('DETAILS');
    expect(within(hits[0]!).getByTestId('hit-score')).toHaveTextContent(
      'Score 0.975 (name 0.981, tokens 0.950, similarity 0.975; date of birth NOT_GIVEN, country NOT_GIVEN, type NOT_GIVEN)',
    );
    expect(within(hits[0]!).getByRole('form', { name: /^Disposition for/ })).toBeInTheDocument();
    // The second hit was decided before for this party and entry: shown with that decision, not raised.
    expect(within(hits[1]!).getByTestId('hit-previously-dispositioned')).toHaveTextContent('Previously dispositioned');
    expect(within(hits[1]!).getByTestId('previous-disposition')).toHaveTextContent(
      `False positive by alice at ${formatTimestamp('2026-11-20T10:00:00Z')}: Different company, checked in 2025`,
    );
    expect(within(hits[1]!).queryByRole('form')).not.toBeInTheDocument();
  });

  it('shows when nothing is above the threshold', async () => {
    const { vendor } = linkedVendor('Acme GmbH');
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    await events.click(await screen.findByRole('button', { name: 'Screen now' }));
    expect(await screen.findByTestId('screening-summary')).toHaveTextContent('No hit above the threshold.');
  });

  it('requires a reason, then records the decision and shows who and when', async () => {
    const { vendor } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership` });
    await events.click(await screen.findByRole('button', { name: 'Screen now' }));
    const form = await screen.findByRole('form', { name: 'Disposition for AEROCARGO DEL SUR TRANSPORTATION COMPANY' });

    await events.selectOptions(within(form).getByLabelText('Decision'), 'FALSE_POSITIVE');
    await events.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(within(form).getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('A reason is required.')).toBeInTheDocument();
    const hit = Object.values(db.screenings)[0]!.hits[0]!;
    expect(hit.dispositions).toHaveLength(0);

    await events.type(within(form).getByLabelText('Reason'), 'Different company: registered in AR, not the listed one');
    await events.click(within(form).getByRole('button', { name: 'Record decision' }));

    const recorded = await screen.findByTestId('hit-disposition');
    expect(recorded).toHaveTextContent(
      `False positive by alice at ${formatTimestamp('2026-11-25T14:06:00Z')}: Different company: registered in AR, not the listed one`,
    );
    expect(hit.dispositions[0]).toMatchObject({ decision: 'FALSE_POSITIVE' });
    expect(screen.queryByRole('form', { name: /^Disposition for/ })).not.toBeInTheDocument();
  });

  it('lets an admin screen but not record decisions', async () => {
    const { vendor } = linkedVendor();
    const { events } = renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.adam });
    await events.click(await screen.findByRole('button', { name: 'Screen now' }));
    const hits = await screen.findAllByTestId('screening-hit');
    expect(within(hits[0]!).getByTestId('hit-undecided')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /^Disposition for/ })).not.toBeInTheDocument();
  });

  it('is read-only for an auditor', async () => {
    const { vendor } = linkedVendor();
    renderApp({ url: `/vendors/${vendor.id}/ownership`, user: testUsers.audrey });
    const section = await screen.findByTestId('screening-section');
    expect(within(section).getByTestId('screening-read-only-note')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Screen now' })).not.toBeInTheDocument();
  });

  it('is not shown before the vendor has a party', async () => {
    const vendor = seedVendor({ name: 'Acme GmbH', country: 'DE' });
    renderApp({ url: `/vendors/${vendor.id}/ownership` });
    await screen.findByRole('form', { name: 'Register party' });
    expect(screen.queryByTestId('screening-section')).not.toBeInTheDocument();
  });
});
