import { Button } from '@/components/ui/button';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Time } from '@/components/ui/time';

import { useArchiveEdge } from '../api/archive-edge';
import type { TreeNode } from '../api/types';
import { formatPercent } from '../utils/field-errors';

function StatusText({ node }: { node: Pick<TreeNode, 'covered' | 'countryOfConcern' | 'limbs'> }) {
  if (node.countryOfConcern) return <span className="status status--covered">country of concern</span>;
  if (node.covered) return <span className="status status--covered">covered ({node.limbs.join(', ')})</span>;
  return <span className="status">not covered</span>;
}

type Archive = { onArchive: (edgeId: string) => void; pending: boolean } | null;

function OwnerBranch({ node, archive }: { node: TreeNode; archive: Archive }) {
  return (
    <>
      <span className="tree__name">{node.name}</span> <StatusText node={node} />
      {node.cycle ? <span className="muted"> (already shown above: ownership cycle)</span> : null}
      {node.owners.length > 0 ? (
        <ul>
          {node.owners.map((link) => (
            <li key={link.edgeId} data-testid="ownership-edge">
              <span className="tree__percent">{formatPercent(link.percent)}</span> held by{' '}
              <OwnerBranch node={link.owner} archive={archive} />{' '}
              <span className="muted">
                since <Time value={link.validFrom} />
                {link.validTo ? (
                  <>
                    {' '}
                    until <Time value={link.validTo} />
                  </>
                ) : null}
                ; source: {link.source}
              </span>
              {archive ? (
                <>
                  {' '}
                  <Button
                    variant="secondary"
                    className="button--small"
                    disabled={archive.pending}
                    aria-label={`Archive ownership by ${link.owner.name}`}
                    onClick={() => archive.onArchive(link.edgeId)}
                  >
                    Archive
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The upward ownership tree; `canArchive` adds an "Archive" button to every edge (analysts, today's tree). */
export function OwnershipTreeView({ root, canArchive }: { root: TreeNode; canArchive: boolean }) {
  const archiveEdge = useArchiveEdge();
  const archive: Archive = canArchive
    ? { onArchive: (edgeId) => archiveEdge.mutate(edgeId), pending: archiveEdge.isPending }
    : null;
  return (
    <>
      {archiveEdge.isError ? <ProblemBanner error={archiveEdge.error} /> : null}
      <div className="tree" role="tree" aria-label="Ownership tree">
        <OwnerBranch node={root} archive={archive} />
      </div>
      {root.owners.length === 0 ? (
        <p className="muted" data-testid="no-owners">
          No owners recorded for this date.
        </p>
      ) : null}
    </>
  );
}
