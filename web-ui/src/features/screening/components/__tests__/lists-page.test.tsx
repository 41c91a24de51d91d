import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/time';
import { seedSnapshot } from '@/testing/mocks/screening-handlers';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

function file(name: string, text: string) {
  return new File([text], name, { type: 'text/plain' });
}

describe('lists page', () => {
  it('shows the snapshots to an admin with their hash, counts and diff', async () => {
    seedSnapshot();
    renderApp({ url: '/lists', user: testUsers.adam });

    const table = await screen.findByRole('table', { name: 'List snapshots' });
    const row = within(table).getByTestId('snapshot-row');
    expect(row).toHaveTextContent('Denied Persons List (BIS_DPL)');
    expect(row).toHaveTextContent('abababababab');
    // Local date and time with the age; the exact UTC value on hover.
    expect(row).toHaveTextContent(`${formatTimestamp('2026-11-25T13:00:00Z')} (`);
    expect(row).not.toHaveTextContent('2026-11-25T13:00');
    timeOf(row, '2026-11-25T13:00:00Z');
    expect(row).toHaveTextContent('adam');
    expect(row).toHaveTextContent('Active');
    expect(screen.getByRole('form', { name: 'Import list' })).toBeInTheDocument();
  });

  it('offers the parts of the chosen source', async () => {
    const { events } = renderApp({ url: '/lists', user: testUsers.adam });
    const form = await screen.findByRole('form', { name: 'Import list' });
    expect(within(form).getByLabelText('sdn.csv')).toBeInTheDocument();
    expect(within(form).getByLabelText('alt.csv (optional)')).toBeInTheDocument();
    await events.selectOptions(within(form).getByLabelText('Source'), 'BIS_DPL');
    expect(within(form).getByLabelText('Denied Persons List file')).toBeInTheDocument();
    expect(within(form).queryByLabelText('sdn.csv')).not.toBeInTheDocument();
  });

  it('shows the line number of a malformed file readably and imports a good one', async () => {
    const { events } = renderApp({ url: '/lists', user: testUsers.adam });
    const form = await screen.findByRole('form', { name: 'Import list' });
    await events.selectOptions(within(form).getByLabelText('Source'), 'BIS_DPL');
    await events.upload(within(form).getByLabelText('Denied Persons List file'), file('dpl.txt', 'header\nok\nMALFORMED\n'));
    await events.click(within(form).getByRole('button', { name: 'Import list' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Invalid request');
    expect(alert).toHaveTextContent('file: line 3: expected 12 tab-separated fields, found 1');

    await events.upload(within(form).getByLabelText('Denied Persons List file'), file('dpl.txt', 'header\nA\nB'));
    await events.click(within(form).getByRole('button', { name: 'Import list' }));
    // The form is reset (a new element) after a successful import.
    expect(await screen.findByText('Imported BIS_DPL')).toBeInTheDocument();
    expect(screen.queryByText(/line 3/)).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'List snapshots' });
    expect(await within(table).findByText('BIS_DPL')).toBeInTheDocument();
  });

  it('asks for the required file before sending', async () => {
    const { events } = renderApp({ url: '/lists', user: testUsers.adam });
    const form = await screen.findByRole('form', { name: 'Import list' });
    await events.click(within(form).getByRole('button', { name: 'Import list' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose sdn.csv.');
  });

  it.each([testUsers.alice, testUsers.audrey])('is read-only for $username', async (user) => {
    seedSnapshot();
    renderApp({ url: '/lists', user });
    expect(await screen.findByRole('table', { name: 'List snapshots' })).toBeInTheDocument();
    expect(screen.getByTestId('read-only-note')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Import list' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Lists' })).toBeInTheDocument();
  });

  it.each([testUsers.sam, testUsers.lee])('is closed to $username, without a nav link', async (user) => {
    renderApp({ url: '/lists', user });
    expect(await screen.findByText('You do not have access')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Lists' })).not.toBeInTheDocument();
  });

  it('shows a held import with its diff and reason, and lets an admin confirm it', async () => {
    const active = seedSnapshot();
    seedSnapshot({
      id: '22222222-2222-4222-8222-222222222222',
      sha256: 'ee'.repeat(32),
      importedAt: '2026-11-26T09:00:00Z',
      counts: { entries: 0, individuals: 0, entities: 0, other: 0, aliases: 0 },
      previousSnapshotId: active.id,
      diff: { added: 0, removed: 663, changed: 0 },
      active: false,
      status: 'PENDING_CONFIRMATION',
      statusReason: 'has no entries; would remove 663 of 663 entries (100% > 20%)',
      rescreening: null,
    });
    const { events } = renderApp({ url: '/lists', user: testUsers.adam });

    const pending = await screen.findByRole('table', { name: 'Pending list snapshots' });
    const row = within(pending).getByTestId('pending-snapshot-row');
    expect(row).toHaveTextContent('BIS_DPL');
    expect(row).toHaveTextContent('663');
    expect(row).toHaveTextContent('has no entries; would remove 663 of 663 entries (100% > 20%)');
    const all = screen.getByRole('table', { name: 'List snapshots' });
    expect(within(all).getAllByTestId('snapshot-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Active'),
      expect.stringContaining('Pending confirmation'),
    ]);

    await events.click(within(row).getByRole('button', { name: /^Confirm BIS_DPL/ }));

    expect(await screen.findByText('BIS_DPL snapshot activated')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Pending list snapshots' })).not.toBeInTheDocument());
    const rows = within(screen.getByRole('table', { name: 'List snapshots' })).getAllByTestId('snapshot-row');
    expect(rows[0]).toHaveTextContent('Superseded');
    expect(rows[1]).toHaveTextContent('Active');
  });

  it('lets an admin reject a held import, keeping the active list', async () => {
    seedSnapshot();
    const { events } = renderApp({ url: '/lists', user: testUsers.adam });
    const form = await screen.findByRole('form', { name: 'Import list' });
    await events.selectOptions(within(form).getByLabelText('Source'), 'BIS_DPL');
    await events.upload(within(form).getByLabelText('Denied Persons List file'), file('dpl.txt', 'header only\n'));
    await events.click(within(form).getByRole('button', { name: 'Import list' }));

    expect(await screen.findByText('BIS_DPL stored but not activated')).toBeInTheDocument();
    expect(screen.getByText(/has no entries; would remove 20 of 20 entries \(100% > 20%\)\. The active list stays/)).toBeInTheDocument();
    const row = await within(await screen.findByRole('table', { name: 'Pending list snapshots' })).findByTestId('pending-snapshot-row');
    expect(row).toHaveTextContent('20');

    await events.click(within(row).getByRole('button', { name: /^Reject BIS_DPL/ }));

    expect(await screen.findByText('BIS_DPL snapshot rejected')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Pending list snapshots' })).not.toBeInTheDocument());
    const rows = within(screen.getByRole('table', { name: 'List snapshots' })).getAllByTestId('snapshot-row');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Active'), expect.stringContaining('Rejected')]);
  });

  it('shows held imports read-only to analysts and auditors', async () => {
    seedSnapshot({ id: '33333333-3333-4333-8333-333333333333', active: false, status: 'PENDING_CONFIRMATION', statusReason: 'has no entries' });
    renderApp({ url: '/lists', user: testUsers.audrey });
    const row = within(await screen.findByRole('table', { name: 'Pending list snapshots' })).getByTestId('pending-snapshot-row');
    expect(row).toHaveTextContent('has no entries');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });
});
