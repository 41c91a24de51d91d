import { useState, type FormEvent } from 'react';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Authorization, useAuthorization } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';
import { Time } from '@/components/ui/time';

import { useDecideSnapshot } from '../api/decide-snapshot';
import { useListSnapshots } from '../api/get-list-snapshots';
import { SOURCE_PARTS, useImportList } from '../api/import-list';
import { LIST_SOURCES, type ListSource, type Snapshot, type SnapshotStatus } from '../api/types';

const STATUS_LABELS: Record<SnapshotStatus, string> = {
  ACTIVE: 'Active',
  SUPERSEDED: 'Superseded',
  PENDING_CONFIRMATION: 'Pending confirmation',
  REJECTED: 'Rejected',
};

/** Restricted-party list snapshots: the table for admins, analysts and auditors; the upload form for admins. */
export function ListsPage() {
  return (
    <Authorization access={ACCESS.listsRead} forbiddenFallback={<Banner tone="error" title="You do not have access" />}>
      <Lists />
    </Authorization>
  );
}

function Lists() {
  const { checkAccess } = useAuthorization();
  const snapshots = useListSnapshots();
  return (
    <>
      <h1>Lists</h1>
      {checkAccess(ACCESS.listsImport) ? (
        <UploadForm />
      ) : (
        <p className="muted" data-testid="read-only-note">
          Read-only: only admins import lists.
        </p>
      )}
      {snapshots.data ? (
        <PendingSnapshots
          items={snapshots.data.items.filter((s) => s.status === 'PENDING_CONFIRMATION')}
          canDecide={checkAccess(ACCESS.listsImport)}
        />
      ) : null}
      <section aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading">
          Snapshots{snapshots.data ? <span className="count"> ({snapshots.data.total})</span> : null}
        </h2>
        {snapshots.isPending ? <Loading label="Loading list snapshots…" /> : null}
        {snapshots.isError ? <ProblemBanner error={snapshots.error} /> : null}
        {snapshots.data ? <SnapshotTable items={snapshots.data.items} /> : null}
      </section>
    </>
  );
}

function SnapshotTable({ items }: { items: readonly Snapshot[] }) {
  return (
    <table className="table" aria-label="List snapshots">
      <thead>
        <tr>
          <th scope="col">List</th>
          <th scope="col">Imported at</th>
          <th scope="col">Imported by</th>
          <th scope="col">SHA-256</th>
          <th scope="col">Entries</th>
          <th scope="col">Added</th>
          <th scope="col">Removed</th>
          <th scope="col">Changed</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.length === 0 ? (
          <tr>
            <td colSpan={9} className="table__empty">
              No list has been imported yet.
            </td>
          </tr>
        ) : (
          items.map((s) => (
            <tr key={s.id} data-testid="snapshot-row">
              <td>
                {s.listName ?? s.source} <span className="muted">({s.source})</span>
              </td>
              <td>
                <Time value={s.importedAt} show="both" />
              </td>
              <td>{s.importedBy}</td>
              <td>
                <code title={s.sha256}>{s.sha256.slice(0, 12)}</code>
              </td>
              <td>{s.counts.entries}</td>
              <td>{s.diff.added}</td>
              <td>{s.diff.removed}</td>
              <td>{s.diff.changed}</td>
              <td>{STATUS_LABELS[s.status] ?? (s.active ? 'Active' : '—')}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/**
 * Imports held for an admin's decision (ADR 0009): a file with no entries, or one that would remove more than the
 * configured share of the active list, does not replace it until confirmed. The previous snapshot stays in use.
 */
function PendingSnapshots({ items, canDecide }: { items: readonly Snapshot[]; canDecide: boolean }) {
  const deciding = useDecideSnapshot();
  // NB: the outcome of the last decision stays visible after its row has left the table.
  if (items.length === 0 && deciding.isIdle) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">Waiting for confirmation ({items.length})</h2>
      {deciding.isError ? <ProblemBanner error={deciding.error} /> : null}
      {deciding.isSuccess ? (
        <Banner
          tone="success"
          title={`${deciding.data.source} snapshot ${deciding.data.status === 'ACTIVE' ? 'activated' : 'rejected'}`}
        >
          {deciding.data.rescreening ? <p>Re-screening: {deciding.data.rescreening}.</p> : null}
        </Banner>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="muted">
            These imports were not activated: screening still uses the source&apos;s active snapshot until an admin
            confirms or rejects them.
          </p>
          <PendingTable items={items} canDecide={canDecide} deciding={deciding} />
        </>
      ) : null}
    </section>
  );
}

function PendingTable({
  items,
  canDecide,
  deciding,
}: {
  items: readonly Snapshot[];
  canDecide: boolean;
  deciding: ReturnType<typeof useDecideSnapshot>;
}) {
  return (
    <table className="table" aria-label="Pending list snapshots">
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Imported at</th>
          <th scope="col">Imported by</th>
          <th scope="col">Entries</th>
          <th scope="col">Added</th>
          <th scope="col">Removed</th>
          <th scope="col">Changed</th>
          <th scope="col">Why it is held</th>
          {canDecide ? <th scope="col">Decision</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr key={s.id} data-testid="pending-snapshot-row">
            <td>{s.source}</td>
            <td>{s.importedAt}</td>
            <td>{s.importedBy}</td>
            <td>{s.counts.entries}</td>
            <td>{s.diff.added}</td>
            <td>{s.diff.removed}</td>
            <td>{s.diff.changed}</td>
            <td>{s.statusReason}</td>
            {canDecide ? (
              <td>
                <Button
                  type="button"
                  disabled={deciding.isPending}
                  aria-label={`Confirm ${s.source} snapshot of ${s.importedAt}`}
                  onClick={() => deciding.mutate({ id: s.id, decision: 'activate' })}
                >
                  Confirm
                </Button>{' '}
                <Button
                  type="button"
                  variant="secondary"
                  disabled={deciding.isPending}
                  aria-label={`Reject ${s.source} snapshot of ${s.importedAt}`}
                  onClick={() => deciding.mutate({ id: s.id, decision: 'reject' })}
                >
                  Reject
                </Button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UploadForm() {
  const [source, setSource] = useState<ListSource>('OFAC_SDN');
  const [files, setFiles] = useState<Record<string, File>>({});
  const [missing, setMissing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const importing = useImportList();
  const parts = SOURCE_PARTS[source];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const absent = parts.filter((p) => p.required && !files[p.part]);
    if (absent.length > 0) {
      setMissing(`Choose ${absent.map((p) => p.label).join(', ')}.`);
      return;
    }
    setMissing(null);
    const chosen: Record<string, File> = {};
    for (const p of parts) if (files[p.part]) chosen[p.part] = files[p.part]!;
    importing.mutate(
      { source, files: chosen },
      {
        onSuccess: () => {
          setFiles({});
          setFormKey((k) => k + 1);
        },
      },
    );
  }

  return (
    <form aria-label="Import list" className="form" onSubmit={onSubmit} key={formKey} noValidate>
      <h2>Import a list</h2>
      <div className="field">
        <label htmlFor="list-source">Source</label>
        <select
          id="list-source"
          value={source}
          onChange={(event) => {
            setSource(event.target.value as ListSource);
            setFiles({});
            setMissing(null);
            importing.reset();
          }}
        >
          {LIST_SOURCES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {parts.map((p) => (
        <div className="field" key={`${source}-${p.part}`}>
          <label htmlFor={`list-part-${p.part}`}>
            {p.label}
            {p.required ? '' : ' (optional)'}
          </label>
          <input
            id={`list-part-${p.part}`}
            type="file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              setFiles((prev) => {
                const next = { ...prev };
                if (file) next[p.part] = file;
                else delete next[p.part];
                return next;
              });
            }}
          />
        </div>
      ))}
      {missing ? <Banner tone="error" title="A file is missing">{<p>{missing}</p>}</Banner> : null}
      {importing.isError ? <ProblemBanner error={importing.error} /> : null}
      {importing.isSuccess && importing.data.status === 'PENDING_CONFIRMATION' ? (
        <Banner tone="info" title={`${importing.data.source} stored but not activated`}>
          <p>
            {importing.data.statusReason}. The active list stays in use until an admin confirms this import below;
            added {importing.data.diff.added}, removed {importing.data.diff.removed}, changed{' '}
            {importing.data.diff.changed}.
          </p>
        </Banner>
      ) : null}
      {importing.isSuccess && importing.data.status !== 'PENDING_CONFIRMATION' ? (
        <Banner tone="success" title={`Imported ${importing.data.source}`}>
          <p>
            {importing.data.counts.entries} entries; SHA-256 {importing.data.sha256.slice(0, 12)}; added{' '}
            {importing.data.diff.added}, removed {importing.data.diff.removed}, changed {importing.data.diff.changed}.
          </p>
        </Banner>
      ) : null}
      <Button type="submit" disabled={importing.isPending}>
        {importing.isPending ? 'Importing…' : 'Import list'}
      </Button>
    </form>
  );
}
