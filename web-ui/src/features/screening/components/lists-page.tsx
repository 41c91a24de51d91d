import { useState, type FormEvent } from 'react';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Authorization, useAuthorization } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';
import { Time } from '@/components/ui/time';

import { useListSnapshots } from '../api/get-list-snapshots';
import { SOURCE_PARTS, useImportList } from '../api/import-list';
import { LIST_SOURCES, type ListSource, type Snapshot } from '../api/types';

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
          <th scope="col">Active</th>
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
              <td>{s.active ? 'Active' : '—'}</td>
            </tr>
          ))
        )}
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
      {importing.isSuccess ? (
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
