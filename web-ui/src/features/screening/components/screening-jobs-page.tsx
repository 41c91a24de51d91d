import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Authorization, useAuthorization } from '@/lib/authorization';
import { Time } from '@/components/ui/time';
import { ACCESS } from '@/lib/roles';

import { useAcknowledgeAlert } from '../api/acknowledge-alert';
import { useListSnapshots } from '../api/get-list-snapshots';
import { ALERTS_LIMIT, screeningAlertsQueryKey, useScreeningAlerts } from '../api/get-screening-alerts';
import { useScreeningJobs } from '../api/get-screening-jobs';
import { useStartScreeningJob } from '../api/start-screening-job';
import { isActiveJob, type ScreeningAlert, type ScreeningJob } from '../api/types';

/** `/screening`: batch screening jobs with their progress, and the inbox of alerts re-screenings raised. */
export function ScreeningJobsPage() {
  return (
    <Authorization
      access={ACCESS.screeningJobsRead}
      forbiddenFallback={<Banner tone="error" title="You do not have access" />}
    >
      <h1>Screening</h1>
      <ScreeningJobs />
      <AlertsInbox />
    </Authorization>
  );
}

/**
 * UUIDv7 ids start with their creation time, so ids minted within a minute share their first 8 characters; the
 * last 8 are random and tell them apart.
 */
const shortId = (id: string) => id.slice(-8);

function TriggerText({ job }: { job: ScreeningJob }) {
  const snapshots = useListSnapshots();
  if (job.trigger === 'manual') return <>Manual</>;
  const snapshot = job.snapshotId ?? (job.trigger.startsWith('snapshot:') ? job.trigger.slice('snapshot:'.length) : null);
  if (snapshot) {
    // The list and its version in words; the snapshot id stays in the title for whoever needs the evidence.
    const list = snapshots.data?.items.find((s) => s.id === snapshot);
    return list ? (
      <span title={job.trigger}>
        Import of {list.listName ?? list.source}, version <Time value={list.importedAt} />
      </span>
    ) : (
      <span title={job.trigger}>
        Import of snapshot <code>{shortId(snapshot)}</code>
      </span>
    );
  }
  return <>{job.trigger}</>;
}

/** The native <progress> (role progressbar): indeterminate while the job does not know its total yet. */
function JobProgress({ job }: { job: ScreeningJob }) {
  const label = `Progress of screening job ${shortId(job.id)}`;
  const known = job.status === 'RUNNING' && job.total > 0;
  return (
    <div className="job-progress">
      {known ? (
        <progress aria-label={label} value={job.processed} max={job.total} />
      ) : (
        <progress aria-label={label} />
      )}
      <span data-testid="job-progress-text">
        {known ? `${job.processed} of ${job.total} parties` : job.status === 'QUEUED' ? 'Waiting to start…' : 'Starting…'}
      </span>
    </div>
  );
}

function JobRow({ job }: { job: ScreeningJob }) {
  return (
    <tr data-testid="job-row" data-job-id={job.id}>
      <td>{job.kind}</td>
      <td>
        <TriggerText job={job} />
      </td>
      <td>
        <span data-testid="job-status" className={`job-status job-status--${job.status.toLowerCase()}`}>
          {job.status}
        </span>
        {job.error ? <p className="field__error">{job.error}</p> : null}
      </td>
      <td>
        {isActiveJob(job) ? (
          <JobProgress job={job} />
        ) : (
          <span data-testid="job-progress-text">
            {job.processed} of {job.total} parties
          </span>
        )}
      </td>
      <td data-testid="job-hits-raised">{job.hitsRaised}</td>
      <td>{job.requestedBy}</td>
      <td>
        <Time value={job.requestedAt} />
      </td>
      <td>{job.finishedAt ? <Time value={job.finishedAt} /> : '—'}</td>
    </tr>
  );
}

function ScreeningJobs() {
  const { checkAccess } = useAuthorization();
  const queryClient = useQueryClient();
  const jobs = useScreeningJobs();
  const start = useStartScreeningJob();

  // When a job that was running finishes, the alerts it raised are read again.
  const active = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (!jobs.data) return;
    const now = new Set(jobs.data.filter(isActiveJob).map((j) => j.id));
    const finished = [...active.current].some((id) => !now.has(id));
    active.current = now;
    if (finished) void queryClient.invalidateQueries({ queryKey: screeningAlertsQueryKey });
  }, [jobs.data, queryClient]);

  return (
    <section aria-labelledby="jobs-heading" className="card">
      <h2 id="jobs-heading">Screening jobs</h2>
      {checkAccess(ACCESS.screeningJobsStart) ? (
        <>
          <p className="muted">
            Screens every party&apos;s name and aliases against the active list snapshots in the background. Each list
            import also re-screens every party against the new snapshot&apos;s added and changed entries and raises alerts.
          </p>
          <Button disabled={start.isPending} onClick={() => start.mutate()}>
            {start.isPending ? 'Starting…' : 'Screen all parties'}
          </Button>
          {start.isError ? <ProblemBanner error={start.error} /> : null}
          {start.isSuccess ? <Banner tone="success" title="Screening of all parties started." /> : null}
        </>
      ) : (
        <p className="muted" data-testid="screening-jobs-read-only-note">
          Read-only: analysts and admins start screening jobs; analysts acknowledge alerts.
        </p>
      )}
      {jobs.isPending ? <Loading label="Loading screening jobs…" /> : null}
      {jobs.isError ? <ProblemBanner error={jobs.error} /> : null}
      {jobs.data ? (
        <table className="table" aria-label="Screening jobs">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Trigger</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Hits raised</th>
              <th scope="col">Started by</th>
              <th scope="col">Requested at</th>
              <th scope="col">Finished at</th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.length === 0 ? (
              <tr>
                <td colSpan={8} className="table__empty" data-testid="no-jobs">
                  No screening job yet.
                </td>
              </tr>
            ) : (
              jobs.data.map((job) => <JobRow key={job.id} job={job} />)
            )}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function AlertsInbox() {
  const { checkAccess } = useAuthorization();
  const canAcknowledge = checkAccess(ACCESS.screeningAlertsAcknowledge);
  const [showAcknowledged, setShowAcknowledged] = useState(false);
  const alerts = useScreeningAlerts({ open: !showAcknowledged });
  const acknowledge = useAcknowledgeAlert();
  const items = alerts.data ?? [];
  const openCount = items.filter((a) => !a.acknowledgedAt).length;

  return (
    <section aria-labelledby="alerts-heading" className="card">
      <h2 id="alerts-heading">
        Alerts
        {alerts.data ? (
          <span className="count" data-testid="alerts-count">
            {' '}
            ({openCount} open{items.length >= ALERTS_LIMIT ? ', latest 200 shown' : ''})
          </span>
        ) : null}
      </h2>
      <div className="field field--inline">
        <label>
          <input
            type="checkbox"
            checked={showAcknowledged}
            onChange={(e) => {
              setShowAcknowledged(e.target.checked);
              acknowledge.reset();
            }}
          />{' '}
          Show acknowledged alerts
        </label>
      </div>
      {acknowledge.isError ? <ProblemBanner error={acknowledge.error} /> : null}
      {alerts.isPending ? <Loading label="Loading alerts…" /> : null}
      {alerts.isError ? <ProblemBanner error={alerts.error} /> : null}
      {alerts.data ? (
        items.length === 0 ? (
          <p className="muted" data-testid="no-alerts">
            {showAcknowledged ? 'No alert has been raised yet.' : 'No open alerts.'}
          </p>
        ) : (
          <table className="table" aria-label="Screening alerts">
            <thead>
              <tr>
                <th scope="col">Party</th>
                <th scope="col">List entry</th>
                <th scope="col">Score</th>
                <th scope="col">Job</th>
                <th scope="col">Raised at</th>
                <th scope="col">Status</th>
                {canAcknowledge ? <th scope="col">Action</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((alert) => (
                <AlertRow
                  key={alert.id}
                  alert={alert}
                  acknowledge={
                    canAcknowledge
                      ? {
                          onClick: () => acknowledge.mutate(alert.id),
                          pending: acknowledge.isPending && acknowledge.variables === alert.id,
                        }
                      : null
                  }
                />
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}

function AlertRow({
  alert,
  acknowledge,
}: {
  alert: ScreeningAlert;
  acknowledge: { onClick: () => void; pending: boolean } | null;
}) {
  const partyName = alert.partyName;

  return (
    <tr data-testid="alert-row" data-alert-id={alert.id}>
      <td data-testid="alert-party" title={alert.partyId}>
        {partyName}
      </td>
      <td data-testid="alert-entry">
        {alert.entryName}
        <div className="muted">
          <code>{alert.entryKey}</code>
        </div>
      </td>
      <td data-testid="alert-score">{alert.score.toFixed(3)}</td>
      <td title={alert.jobId}>
        <code>{shortId(alert.jobId)}</code>
      </td>
      <td>
        <Time value={alert.createdAt} show="both" />
      </td>
      <td data-testid="alert-status">
        {alert.acknowledgedAt ? (
          <>
            Acknowledged by {alert.acknowledgedBy ?? '?'} at <Time value={alert.acknowledgedAt} />
          </>
        ) : (
          'Open'
        )}
      </td>
      {acknowledge ? (
        <td>
          {alert.acknowledgedAt ? null : (
            <Button
              variant="secondary"
              className="button--small"
              disabled={acknowledge.pending}
              aria-label={`Acknowledge alert for ${partyName}`}
              onClick={acknowledge.onClick}
            >
              {acknowledge.pending ? 'Acknowledging…' : 'Acknowledge'}
            </Button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
