import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/time';
import { db, seedAlert, seedJob, seedParty } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { seedSnapshot } from '@/testing/mocks/screening-handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, testUsers, timeOf } from '@/testing/test-utils';

// These pages load several queries before the first control shows; the full suite runs on a busy machine.
configure({ asyncUtilTimeout: 5000 });

function jobRows() {
  return within(screen.getByRole('table', { name: 'Screening jobs' })).getAllByTestId('job-row');
}

describe('screening jobs', { timeout: 20_000 }, () => {
  it('starts "Screen all parties", shows a progress bar while it runs and polls until COMPLETED', async () => {
    db.jobTotal = 10;
    db.jobStep = 4;
    const { events } = renderApp({ url: '/screening', user: testUsers.alice });

    expect(await screen.findByTestId('no-jobs')).toHaveTextContent('No screening job yet.');
    await events.click(screen.getByRole('button', { name: 'Screen all parties' }));

    // QUEUED (total unknown: indeterminate), then RUNNING 0/10, 4/10, 8/10, then COMPLETED 10/10.
    const bar = await screen.findByRole('progressbar', { name: /^Progress of screening job / });
    await waitFor(() => expect(bar).toHaveAttribute('max', '10'), { timeout: 4000 });
    await waitFor(() => expect(Number(screen.getByRole('progressbar').getAttribute('value'))).toBeGreaterThan(0), {
      timeout: 4000,
    });
    expect(within(jobRows()[0]!).getByTestId('job-progress-text')).toHaveTextContent(/^\d+ of 10 parties$/);

    await waitFor(() => expect(within(jobRows()[0]!).getByTestId('job-status')).toHaveTextContent('COMPLETED'), {
      timeout: 8000,
    });
    const row = jobRows()[0]!;
    expect(within(row).getByTestId('job-progress-text')).toHaveTextContent('10 of 10 parties');
    expect(row).toHaveTextContent('FULL');
    expect(row).toHaveTextContent('Manual');
    expect(row).toHaveTextContent('alice');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  }, 20_000);

  it('renders the progress of a running job from processed and total', async () => {
    db.jobsAdvance = false;
    seedJob({ status: 'RUNNING', total: 10, processed: 3, finishedAt: undefined });
    renderApp({ url: '/screening', user: testUsers.audrey });

    const bar = await screen.findByRole('progressbar', { name: /^Progress of screening job / });
    expect(bar).toHaveAttribute('value', '3');
    expect(bar).toHaveAttribute('max', '10');
    expect(within(jobRows()[0]!).getByTestId('job-progress-text')).toHaveTextContent('3 of 10 parties');
  });

  it('lists DELTA jobs with the snapshot that triggered them', async () => {
    seedJob({ kind: 'DELTA', trigger: 'snapshot:22222222-2222-4222-8222-222222222222', snapshotId: '22222222-2222-4222-8222-222222222222', requestedBy: 'adam', hitsRaised: 2 });
    renderApp({ url: '/screening', user: testUsers.adam });
    const row = (await screen.findAllByTestId('job-row'))[0]!;
    expect(row).toHaveTextContent('DELTA');
    expect(row).toHaveTextContent('Import of snapshot 22222222');
    expect(within(row).getByTestId('job-hits-raised')).toHaveTextContent('2');
    expect(within(row).getByTestId('job-status')).toHaveTextContent('COMPLETED');
  });

  it('names the list and version an import re-screened against, once the snapshots are known', async () => {
    seedSnapshot({ id: '22222222-2222-4222-8222-222222222222', importedAt: '2026-11-25T13:00:00.5Z' });
    seedJob({ kind: 'DELTA', trigger: 'snapshot:22222222-2222-4222-8222-222222222222', snapshotId: '22222222-2222-4222-8222-222222222222', requestedBy: 'adam' });
    renderApp({ url: '/screening', user: testUsers.alice });
    const row = (await screen.findAllByTestId('job-row'))[0]!;
    await waitFor(() =>
      expect(row).toHaveTextContent(`Import of Denied Persons List, version ${formatTimestamp('2026-11-25T13:00:00.5Z')}`),
    );
    expect(row).not.toHaveTextContent('22222222');
    timeOf(row, '2026-11-25T13:00:00.5Z');
  });

  it('shows a refused start readably', async () => {
    server.use(http.post('/api/v1/screening-jobs', () => problem(403, 'forbidden', 'Forbidden')));
    const { events } = renderApp({ url: '/screening', user: testUsers.adam });
    await events.click(await screen.findByRole('button', { name: 'Screen all parties' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have access');
  });

  it('hides "Screen all parties" and "Acknowledge" from auditors', async () => {
    const party = seedParty({ name: 'Aerocargo del Sur' });
    seedAlert({ party, entryName: 'AEROCARGO DEL SUR TRANSPORTATION COMPANY' });
    renderApp({ url: '/screening', user: testUsers.audrey });

    expect(await screen.findByRole('table', { name: 'Screening alerts' })).toBeInTheDocument();
    expect(screen.getByTestId('screening-jobs-read-only-note')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Screen all parties' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Acknowledge/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Screening' })).toBeInTheDocument();
  });

  it('lets an admin start jobs but not acknowledge alerts', async () => {
    const party = seedParty({ name: 'Aerocargo del Sur' });
    seedAlert({ party, entryName: 'AEROCARGO DEL SUR TRANSPORTATION COMPANY' });
    renderApp({ url: '/screening', user: testUsers.adam });
    expect(await screen.findByRole('button', { name: 'Screen all parties' })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Screening alerts' });
    expect(screen.queryByRole('button', { name: /^Acknowledge/ })).not.toBeInTheDocument();
  });

  it.each([testUsers.sam, testUsers.lee])('is closed to $username, without a nav link', async (user) => {
    renderApp({ url: '/screening', user });
    expect(await screen.findByText('You do not have access')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Screening' })).not.toBeInTheDocument();
  });
});

describe('alerts inbox', { timeout: 20_000 }, () => {
  it('lists open alerts with party, entry, score and job; acknowledging removes one from the open list', async () => {
    const aero = seedParty({ name: 'Aerocargo del Sur' });
    const zan = seedParty({ name: 'Zanthor Maritime Logistics LLC' });
    const jobId = '33333333-3333-4333-8333-333333333333';
    seedAlert({ party: aero, entryName: 'AEROCARGO DEL SUR TRANSPORTATION COMPANY', finalScore: 0.961, jobId });
    seedAlert({ party: zan, entryName: 'ZANTHOR MARITIME LOGISTICS LLC', finalScore: 1, jobId });
    const { events } = renderApp({ url: '/screening', user: testUsers.alice });

    const table = await screen.findByRole('table', { name: 'Screening alerts' });
    const zanRow = await within(table).findByRole('row', { name: /Zanthor Maritime Logistics LLC/ });
    expect(await within(zanRow).findByText('ZANTHOR MARITIME LOGISTICS LLC')).toBeInTheDocument();
    expect(within(zanRow).getByTestId('alert-score')).toHaveTextContent('1.000');
    expect(zanRow).toHaveTextContent('33333333');
    expect(within(zanRow).getByTestId('alert-status')).toHaveTextContent('Open');
    expect(screen.getByTestId('alerts-count')).toHaveTextContent('(2 open)');
    expect(await screen.findByTestId('open-alerts-count')).toHaveTextContent('2');
    expect(screen.getByTestId('open-alerts-count')).toHaveAccessibleName('2 open screening alerts');

    await events.click(within(zanRow).getByRole('button', { name: 'Acknowledge alert for Zanthor Maritime Logistics LLC' }));

    await waitFor(() => expect(within(table).queryByText('Zanthor Maritime Logistics LLC')).not.toBeInTheDocument());
    expect(within(table).getAllByTestId('alert-row')).toHaveLength(1);
    expect(within(table).getByTestId('alert-party')).toHaveTextContent('Aerocargo del Sur');
    await waitFor(() => expect(screen.getByTestId('open-alerts-count')).toHaveTextContent('1'));

    // The acknowledged one, with who and when, behind the toggle.
    await events.click(screen.getByLabelText('Show acknowledged alerts'));
    const all = await screen.findByRole('table', { name: 'Screening alerts' });
    const acked = await within(all).findByRole('row', { name: /Zanthor Maritime Logistics LLC/ });
    expect(within(acked).getByTestId('alert-status')).toHaveTextContent(
      `Acknowledged by alice at ${formatTimestamp('2026-11-25T14:30:00Z')}`,
    );
    timeOf(within(acked).getByTestId('alert-status'), '2026-11-25T14:30:00Z');
    expect(within(acked).queryByRole('button')).not.toBeInTheDocument();
    expect(within(all).getAllByTestId('alert-row')).toHaveLength(2);
  });

  it('keeps the alert and says why when acknowledging fails', async () => {
    const party = seedParty({ name: 'Aerocargo del Sur' });
    seedAlert({ party, entryName: 'AEROCARGO DEL SUR TRANSPORTATION COMPANY' });
    server.use(
      http.post('/api/v1/screening-alerts/:id/acknowledge', () =>
        problem(404, 'not-found', 'Not found', { detail: 'no screening alert 42' }),
      ),
    );
    const { events } = renderApp({ url: '/screening', user: testUsers.alice });
    const row = await screen.findByRole('row', { name: /Aerocargo del Sur/ });
    await events.click(await within(row).findByRole('button', { name: /^Acknowledge/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('no screening alert 42');
    expect(screen.getAllByTestId('alert-row')).toHaveLength(1);
  });

  it('says when there is no open alert', async () => {
    renderApp({ url: '/screening', user: testUsers.alice });
    expect(await screen.findByTestId('no-alerts')).toHaveTextContent('No open alerts.');
    expect(screen.queryByTestId('open-alerts-count')).not.toBeInTheDocument();
  });

  it('reads the alerts again when a running job finishes', async () => {
    const party = seedParty({ name: 'Zanthor Maritime Logistics LLC' });
    const job = seedJob({ kind: 'DELTA', trigger: 'snapshot:x', status: 'RUNNING', total: 2, processed: 0, finishedAt: undefined });
    db.jobStep = 1;
    renderApp({ url: '/screening', user: testUsers.alice });
    expect(await screen.findByTestId('no-alerts')).toBeInTheDocument();
    // The job raises its alert before it completes.
    seedAlert({ party, entryName: 'ZANTHOR MARITIME LOGISTICS LLC', jobId: job.id });
    expect(await screen.findByRole('row', { name: /Zanthor Maritime Logistics LLC/ }, { timeout: 6000 })).toBeInTheDocument();
  }, 15_000);
});
