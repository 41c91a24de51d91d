import { screen, within } from '@testing-library/react';
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
});
