import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Time } from '@/components/ui/time';

import { usePeople } from '../api/get-people';
import { todayIso, type EmploymentKind, type Person } from '../api/types';

const ROLE_LABELS: Record<EmploymentKind, string> = { EMPLOYEE: 'Employee', CONTRACTOR: 'Contractor' };

/** The employment's exclusive end has passed (the server decides "today" in UTC). */
function hasEnded(person: Person, today: string): boolean {
  return person.validTo !== null && person.validTo <= today;
}

/**
 * Everyone recorded as employee/officer or contractor of the party (GET /parties/{id}/people), ended and archived
 * links included, with each individual's stored covered status (28 CFR 202.211(a)(3)/(a)(4)).
 */
export function KeyPeople({ partyId }: { partyId: string }) {
  const people = usePeople(partyId);
  const today = todayIso();

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">Key people</h2>
      {people.isPending ? <Loading label="Loading key people…" /> : null}
      {people.isError ? <ProblemBanner error={people.error} /> : null}
      {people.data ? (
        people.data.length === 0 ? (
          <p className="muted" data-testid="no-people">
            No key people have been recorded for this party.
          </p>
        ) : (
          <div className="table-scroll">
            <table className="table" aria-label="Key people">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Valid from</th>
                  <th scope="col">Valid to</th>
                  <th scope="col">Covered status</th>
                  <th scope="col">Added by</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {sorted(people.data, today).map((person) => {
                  const ended = hasEnded(person, today);
                  return (
                    <tr
                      key={person.employmentId}
                      data-testid="person-row"
                      data-employment-id={person.employmentId}
                      className={person.archivedAt || ended ? 'row--archived' : undefined}
                    >
                      <td data-testid="person-name">{person.name}</td>
                      <td data-testid="person-role">{ROLE_LABELS[person.kind] ?? person.kind}</td>
                      <td>
                        <Time value={person.validFrom} />
                      </td>
                      <td>{person.validTo ? <Time value={person.validTo} /> : '—'}</td>
                      <td data-testid="person-status">
                        <PersonStatus status={person.coveredStatus} />
                      </td>
                      <td data-testid="person-added-by">
                        {person.createdBy}, <Time value={person.createdAt} />
                      </td>
                      <td data-testid="person-state">
                        <PersonState person={person} ended={ended} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}

function PersonStatus({ status }: { status: Person['coveredStatus'] }) {
  if (!status) return <span className="muted">Not determined</span>;
  return (
    <>
      <strong className={`status-badge ${status.covered ? 'status-badge--covered' : 'status-badge--clear'}`}>
        {status.covered ? 'Covered' : 'Not covered'}
      </strong>{' '}
      <span className="muted">
        as of <Time value={status.asOf} />
        {status.limbs.length > 0 ? ` (${status.limbs.join(', ')})` : ''}
      </span>
    </>
  );
}

function PersonState({ person, ended }: { person: Person; ended: boolean }) {
  const endedOn = ended && person.validTo ? person.validTo : null;
  if (!endedOn && !person.archivedAt) return <>Active</>;
  return (
    <>
      {endedOn ? (
        <>
          Ended <Time value={endedOn} />
        </>
      ) : null}
      {endedOn && person.archivedAt ? '; ' : null}
      {person.archivedAt ? (
        <>
          Archived <Time value={person.archivedAt} />
        </>
      ) : null}
    </>
  );
}

/** Current links first, then ended or archived ones; each group by start date, then name. */
function sorted(people: readonly Person[], today: string): Person[] {
  const inactive = (p: Person) => (p.archivedAt !== null || hasEnded(p, today) ? 1 : 0);
  return [...people].sort(
    (a, b) => inactive(a) - inactive(b) || a.validFrom.localeCompare(b.validFrom) || a.name.localeCompare(b.name),
  );
}
