import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Time } from '@/components/ui/time';

import { useOwnerHistory } from '../api/get-owner-history';
import { useParties } from '../api/get-parties';
import type { Edge } from '../api/types';
import { formatPercent } from '../utils/field-errors';

/** Every ownership edge ever recorded into the party (GET /parties/{id}/owners), archived ones included. */
export function OwnershipHistory({ partyId }: { partyId: string }) {
  const history = useOwnerHistory(partyId);
  const parties = useParties();
  const names = new Map((parties.data?.items ?? []).map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? id.slice(-8);

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Ownership history</h2>
      {history.isPending ? <Loading label="Loading the ownership history…" /> : null}
      {history.isError ? <ProblemBanner error={history.error} /> : null}
      {history.data ? (
        history.data.length === 0 ? (
          <p className="muted" data-testid="no-history">
            No ownership has ever been recorded for this party.
          </p>
        ) : (
          <table className="table" aria-label="Ownership history">
            <thead>
              <tr>
                <th scope="col">Owner</th>
                <th scope="col">Percent</th>
                <th scope="col">Valid from</th>
                <th scope="col">Valid to</th>
                <th scope="col">Source</th>
                <th scope="col">Recorded</th>
                <th scope="col">Archived</th>
              </tr>
            </thead>
            <tbody>
              {sorted(history.data).map((edge) => (
                <tr key={edge.id} data-testid="history-row" className={edge.archivedAt ? 'row--archived' : undefined}>
                  <td>{nameOf(edge.ownerPartyId)}</td>
                  <td>{formatPercent(edge.percent)}</td>
                  <td>
                    <Time value={edge.validFrom} />
                  </td>
                  <td>{edge.validTo ? <Time value={edge.validTo} /> : '—'}</td>
                  <td>{edge.source}</td>
                  <td>
                    <Time value={edge.createdAt} /> by {edge.createdBy}
                  </td>
                  <td data-testid="history-archived">
                    {edge.archivedAt ? (
                      <>
                        <Time value={edge.archivedAt} />
                        {edge.archivedBy ? ` by ${edge.archivedBy}` : ''}
                        {edge.archiveReason ? (
                          <span data-testid="history-archive-reason">: {edge.archiveReason}</span>
                        ) : null}
                      </>
                    ) : (
                      'Active'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}

function sorted(edges: readonly Edge[]): Edge[] {
  return [...edges].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.createdAt.localeCompare(b.createdAt));
}
