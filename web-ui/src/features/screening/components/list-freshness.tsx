import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Time } from '@/components/ui/time';
import { ageInDays } from '@/lib/time';

import { useListSnapshots } from '../api/get-list-snapshots';
import { LIST_SOURCES, type Snapshot } from '../api/types';

/** A list older than this is flagged: the official lists change weekly or faster. */
export const STALE_AFTER_DAYS = 7;

/**
 * Each active list's name, version (when it was imported) and age, with a warning when it is stale and the lists
 * never imported; for the home page.
 */
export function ListFreshness({ listsHref, canImport }: { listsHref: string; canImport: boolean }) {
  const snapshots = useListSnapshots();
  if (snapshots.isPending) return <Loading label="Loading the lists…" />;
  if (snapshots.isError) return <ProblemBanner error={snapshots.error} />;
  const active = snapshots.data.items.filter((s) => s.active);
  if (active.length === 0) return null;
  const now = Date.now();
  const missing = LIST_SOURCES.filter((source) => !active.some((s) => s.source === source));
  const sorted = [...active].sort((a, b) => (a.listName ?? a.source).localeCompare(b.listName ?? b.source));
  return (
    <section aria-labelledby="freshness-heading" className="card" data-testid="list-freshness">
      <h2 id="freshness-heading">List freshness</h2>
      <table className="table" aria-label="List freshness">
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col">Version imported</th>
            <th scope="col">Age</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <FreshnessRow key={s.id} snapshot={s} now={now} />
          ))}
        </tbody>
      </table>
      {missing.length > 0 ? (
        <p className="muted" data-testid="lists-missing">
          Not imported yet: {missing.join(', ')}.
        </p>
      ) : null}
      {sorted.some((s) => ageInDays(s.importedAt, now) > STALE_AFTER_DAYS) && canImport ? (
        <p>
          <Link to={listsHref}>Import the current files on the Lists page</Link>
        </p>
      ) : null}
    </section>
  );
}

function FreshnessRow({ snapshot, now }: { snapshot: Snapshot; now: number }) {
  const stale = ageInDays(snapshot.importedAt, now) > STALE_AFTER_DAYS;
  return (
    <tr data-testid="freshness-row">
      <td>
        {snapshot.listName ?? snapshot.source}
        {snapshot.publisher ? <div className="muted">{snapshot.publisher}</div> : null}
      </td>
      <td>
        <Time value={snapshot.importedAt} />
      </td>
      <td>
        <Time value={snapshot.importedAt} show="relative" now={now} />
        {stale ? (
          <div className="freshness--stale" data-testid="freshness-stale">
            Stale: older than {STALE_AFTER_DAYS} days
          </div>
        ) : null}
      </td>
    </tr>
  );
}
