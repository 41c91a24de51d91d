import { useState } from 'react';
import { useParams } from 'react-router';

import { Banner } from '@/components/ui/banner';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Authorization } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';

import { useVendorOwnership } from '../api/get-vendor-ownership';
import type { CoveredPerson, TreeNode } from '../api/types';

function StatusText({ node }: { node: Pick<TreeNode, 'covered' | 'countryOfConcern' | 'limbs'> }) {
  if (node.countryOfConcern) return <span className="status status--covered">country of concern</span>;
  if (node.covered) return <span className="status status--covered">covered ({node.limbs.join(', ')})</span>;
  return <span className="status">not covered</span>;
}

function OwnerTree({ node }: { node: TreeNode }) {
  return (
    <>
      <span className="tree__name">{node.name}</span> <StatusText node={node} />
      {node.cycle ? <span className="muted"> (already shown above: ownership cycle)</span> : null}
      {node.owners.length > 0 ? (
        <ul>
          {node.owners.map((link) => (
            <li key={link.edgeId}>
              <span className="tree__percent">{link.percent}%</span> held by <OwnerTree node={link.owner} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function CoveredSummary({ status }: { status: CoveredPerson }) {
  return (
    <section aria-labelledby="covered-heading" className="card">
      <h2 id="covered-heading">Covered-person status</h2>
      <p data-testid="covered-verdict">
        {status.covered ? 'Covered person' : 'Not a covered person'} as of {status.asOf}
        {status.limbs.length > 0 ? ` under ${status.limbs.join(', ')}` : ''}; covered ownership{' '}
        {status.coveredOwnershipPercent}%.
      </p>
      {status.paths.length > 0 ? (
        <>
          <h3>Why</h3>
          <ol aria-label="Deciding ownership paths">
            {status.paths.map((path) => (
              <li key={path.map((step) => step.id).join('>')}>{path.map((step) => step.name).join(' → ')}</li>
            ))}
          </ol>
        </>
      ) : null}
      <ul aria-label="Findings">
        {status.findings.map((finding) => (
          <li key={finding.citation + finding.text}>
            <strong>{finding.citation}</strong>: {finding.text}
          </li>
        ))}
      </ul>
      <p className="muted">
        Rule set {status.ruleSetVersion}; inputs <code>{status.inputHash.slice(0, 12)}</code>
      </p>
    </section>
  );
}

/** A vendor's upward ownership tree with each party's covered status, as of a chosen date. */
export function VendorOwnershipPage() {
  return (
    <Authorization
      access={ACCESS.vendorsRead}
      forbiddenFallback={<Banner tone="error" title="You do not have access" />}
    >
      <VendorOwnership />
    </Authorization>
  );
}

function VendorOwnership() {
  const { vendorId = '' } = useParams();
  const [asOf, setAsOf] = useState('');
  const ownership = useVendorOwnership(vendorId, asOf);

  return (
    <>
      <h1>Ownership{ownership.data ? ` of ${ownership.data.party.name}` : ''}</h1>
      <div className="field">
        <label htmlFor="as-of">As of</label>
        <input id="as-of" type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
      </div>
      {ownership.isPending ? <Loading label="Loading ownership…" /> : null}
      {ownership.isError ? <ProblemBanner error={ownership.error} /> : null}
      {ownership.data ? (
        <>
          <CoveredSummary status={ownership.data.coveredPerson} />
          <section aria-labelledby="tree-heading">
            <h2 id="tree-heading">Ownership tree as of {ownership.data.tree.asOf}</h2>
            <div className="tree" role="tree" aria-label="Ownership tree">
              <OwnerTree node={ownership.data.tree.root} />
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
