import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { useAuthorization } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';
import { Time } from '@/components/ui/time';

import { useDisposeHit } from '../api/dispose-hit';
import { useScreenName, useScreening } from '../api/screen-name';
import {
  DECISION_LABELS,
  type Decision,
  type DispositionView,
  type Hit,
  type ScreenedSnapshot,
  type Screening,
} from '../api/types';

/**
 * Screening of a party's name against the active lists, with the evidence (snapshots, engine, threshold, score
 * parts) and, for analysts, a disposition per raised hit.
 */
export function ScreeningSection({ partyId, name }: { partyId: string; name: string }) {
  const { checkAccess } = useAuthorization();
  const canScreen = checkAccess(ACCESS.screeningRun);
  const canDispose = checkAccess(ACCESS.screeningDispose);
  const [screeningId, setScreeningId] = useState<string | null>(null);
  const screenNow = useScreenName();
  const screening = useScreening(screeningId);

  return (
    <section aria-labelledby="screening-heading" data-testid="screening-section">
      <h2 id="screening-heading">Screening</h2>
      {canScreen ? (
        <Button
          disabled={screenNow.isPending}
          onClick={() => screenNow.mutate({ partyId, name }, { onSuccess: (s) => setScreeningId(s.id) })}
        >
          {screenNow.isPending ? 'Screening…' : 'Screen now'}
        </Button>
      ) : (
        <p className="muted" data-testid="screening-read-only-note">
          Read-only: analysts and admins screen parties; analysts record decisions.
        </p>
      )}
      {screenNow.isError ? <ProblemBanner error={screenNow.error} /> : null}
      {screeningId && screening.isPending ? <Loading label="Loading the screening…" /> : null}
      {screening.isError ? <ProblemBanner error={screening.error} /> : null}
      {screening.data ? <ScreeningEvidence screening={screening.data} canDispose={canDispose} /> : null}
    </section>
  );
}

function fmt(n: number): string {
  return n.toFixed(3);
}

function ScreeningEvidence({ screening, canDispose }: { screening: Screening; canDispose: boolean }) {
  const listsById = new Map(screening.snapshots.map((s) => [s.id, s]));
  return (
    <div data-testid="screening-result">
      <dl className="facts" aria-label="Screening evidence">
        <dt>Query</dt>
        <dd>{screening.query.name}</dd>
        <dt>Screened</dt>
        <dd data-testid="screened-at">
          <Time value={screening.screenedAt} /> by {screening.screenedBy}
        </dd>
        <dt>Threshold</dt>
        <dd data-testid="screening-threshold">{fmt(screening.threshold)}</dd>
        <dt>Lists screened</dt>
        <dd>
          <ul aria-label="Lists screened">
            {screening.snapshots.map((s) => (
              <li key={s.id} data-testid="screening-snapshot">
                <ListVersion snapshot={s} />
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <details className="technical" data-testid="technical-evidence">
        <summary>Technical evidence</summary>
        <dl className="facts" aria-label="Technical evidence">
          <dt>Engine</dt>
          <dd data-testid="screening-engine">{screening.engineVersion}</dd>
          <dt>Screening</dt>
          <dd>
            <code>{screening.id}</code>
          </dd>
          <dt>List snapshots</dt>
          <dd>
            <ul aria-label="Snapshots screened">
              {screening.snapshots.map((s) => (
                <li key={s.id} data-testid="screening-snapshot-id">
                  {s.source ?? 'List'} snapshot <code>{s.id}</code>, SHA-256 <code>{s.sha256}</code>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </details>
      <p data-testid="screening-summary">
        {screening.hits.length === 0
          ? 'No hit above the threshold.'
          : `${screening.hits.length} hit${screening.hits.length === 1 ? '' : 's'}, ${screening.raised} raised.`}
      </p>
      {screening.hits.length > 0 ? (
        <ol aria-label="Hits" className="hits">
          {screening.hits.map((hit) => (
            <HitItem
              key={hit.id}
              hit={hit}
              list={listsById.get(hit.snapshotId)}
              screeningId={screening.id}
              canDispose={canDispose}
            />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

/** "Denied Persons List, U.S. Department of Commerce, …; version imported 25 Nov 2026, 13:00". */
function ListVersion({ snapshot }: { snapshot: ScreenedSnapshot }) {
  if (!snapshot.listName) {
    return <>A list snapshot no longer on record (see the technical evidence)</>;
  }
  return (
    <>
      <strong>{snapshot.listName}</strong>
      {snapshot.publisher ? `, ${snapshot.publisher}` : ''}
      {snapshot.importedAt ? (
        <>
          ; version imported <Time value={snapshot.importedAt} />
        </>
      ) : null}
    </>
  );
}

function DispositionLine({ d, testId }: { d: DispositionView; testId: string }) {
  return (
    <p data-testid={testId}>
      <strong>{DECISION_LABELS[d.decision] ?? d.decision}</strong> by {d.decidedBy} at <Time value={d.decidedAt} />: {d.reason}
    </p>
  );
}

type HitProps = { hit: Hit; list: ScreenedSnapshot | undefined; screeningId: string; canDispose: boolean };

function HitItem({ hit, list, screeningId, canDispose }: HitProps) {
  const s = hit.score;
  const decided = hit.dispositions.length > 0;
  return (
    <li data-testid="screening-hit" aria-label={`Hit ${hit.entryName}`}>
      <p>
        <strong data-testid="hit-entry-name">{hit.entryName}</strong>
        {hit.matchedName !== hit.entryName ? <> (matched “{hit.matchedName}”)</> : null}
        {list?.listName ? (
          <>
            {' '}
            on the <span data-testid="hit-list">{list.listName}</span>
          </>
        ) : null}
      </p>
      <details className="technical" data-testid="hit-technical-evidence">
        <summary>Technical evidence</summary>
        <p>
          Entry <code>{hit.entryKey}</code>, content SHA-256 <code>{hit.entryContentHash}</code>, snapshot{' '}
          <code>{hit.snapshotId}</code>
        </p>
      </details>
      <p data-testid="hit-score">
        Score {fmt(s.finalScore)} (name {fmt(s.nameScore)}, tokens {fmt(s.tokenScore)}, similarity {fmt(s.nameSimilarity)};
        date of birth {s.dobMatch}, country {s.countryMatch}, type {s.typeMatch})
      </p>
      {hit.previouslyDispositioned ? (
        <div data-testid="hit-previously-dispositioned">
          <p>Previously dispositioned (not raised again).</p>
          {hit.previousDisposition ? <DispositionLine d={hit.previousDisposition} testId="previous-disposition" /> : null}
        </div>
      ) : null}
      {hit.dispositions.map((d) => (
        <DispositionLine key={d.id} d={d} testId="hit-disposition" />
      ))}
      {!hit.previouslyDispositioned && !decided ? (
        canDispose ? (
          <DispositionForm screeningId={screeningId} hit={hit} />
        ) : (
          <p className="muted" data-testid="hit-undecided">
            Awaiting an analyst's decision.
          </p>
        )
      ) : null}
    </li>
  );
}

function DispositionForm({ screeningId, hit }: { screeningId: string; hit: Hit }) {
  const [decision, setDecision] = useState<Decision>('FALSE_POSITIVE');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const dispose = useDisposeHit();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError('A reason is required.');
      return;
    }
    setReasonError(null);
    dispose.mutate({ screeningId, hitId: hit.id, decision, reason: reason.trim() });
  }

  return (
    <form aria-label={`Disposition for ${hit.entryName}`} className="form" onSubmit={onSubmit} noValidate>
      <FormField as="select" label="Decision" value={decision} onChange={(e) => setDecision(e.target.value as Decision)}>
        {(Object.keys(DECISION_LABELS) as Decision[]).map((d) => (
          <option key={d} value={d}>
            {DECISION_LABELS[d]}
          </option>
        ))}
      </FormField>
      <FormField
        as="textarea"
        label="Reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={reasonError ? [reasonError] : []}
        problem={dispose.error}
        problemFields={['reason']}
      />
      {dispose.isError ? <ProblemBanner error={dispose.error} shownFields={['reason']} /> : null}
      <Button type="submit" disabled={dispose.isPending}>
        {dispose.isPending ? 'Recording…' : 'Record decision'}
      </Button>
    </form>
  );
}
