import { Time } from '@/components/ui/time';

import type { CoveredPerson } from '../api/types';
import { coveredGrounds, LIMB_TEXT, notCoveredBecause } from '../utils/covered-reasons';
import { formatPercent } from '../utils/field-errors';

export function limbText(citation: string): string | undefined {
  return LIMB_TEXT[citation] ?? LIMB_TEXT[`28 CFR ${citation}`];
}

/** The covered-person verdict with the limbs, aggregate covered ownership and the paths that decide it. */
export function CoveredSummary({ status }: { status: CoveredPerson }) {
  return (
    <section aria-labelledby="covered-heading" className="card">
      <h2 id="covered-heading">Covered-person status</h2>
      <p className="verdict">
        <strong
          data-testid="covered-verdict"
          className={`status-badge ${status.covered ? 'status-badge--covered' : 'status-badge--clear'}`}
        >
          {status.covered ? 'Covered' : 'Not covered'}
        </strong>{' '}
        as of <Time value={status.asOf} />
        {status.countryOfConcern ? ' (a country of concern itself)' : ''}
        {status.usPerson ? ' (a U.S. person)' : ''}
      </p>
      <CoveredBecause status={status} />
      <p>
        Aggregate covered ownership: <strong data-testid="covered-ownership">{formatPercent(status.coveredOwnershipPercent)}</strong>{' '}
        <span className="muted" data-testid="covered-ownership-note">
          {ownershipNote(status)}
        </span>
      </p>
      <h3>Limbs</h3>
      {status.limbs.length > 0 ? (
        <ul aria-label="Limbs">
          {status.limbs.map((limb) => (
            <li key={limb} data-testid="covered-limb">
              <strong>{limb}</strong>
              {limbText(limb) ? ` — ${limbText(limb)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="no-limbs">
          No limb of 28 CFR 202.211(a) applies.
        </p>
      )}
      {status.paths.length > 0 ? (
        <>
          <h3>Deciding ownership paths</h3>
          <ol aria-label="Deciding ownership paths">
            {status.paths.map((path) => (
              <li key={path.map((step) => step.id).join('>')}>{path.map((step) => step.name).join(' → ')}</li>
            ))}
          </ol>
        </>
      ) : null}
      <h3>Findings</h3>
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

/**
 * The ground of the verdict before any figure, so that "Covered" beside "0% ownership" reads as one story: the
 * party is covered for the reason named here, not for its ownership.
 */
function CoveredBecause({ status }: { status: CoveredPerson }) {
  if (!status.covered) {
    return <p data-testid="covered-reason">Not covered: {notCoveredBecause(status)}.</p>;
  }
  const grounds = coveredGrounds(status);
  return (
    <p data-testid="covered-reason">
      Covered:{' '}
      {grounds.map((ground, i) => (
        <span key={ground.citation + ground.text} data-testid="covered-ground">
          {i > 0 ? '; and ' : ''}
          {ground.text} ({ground.citation})
        </span>
      ))}
      .
    </p>
  );
}

function ownershipNote(status: CoveredPerson): string {
  const owned = Number(status.coveredOwnershipPercent);
  if (owned >= 50) return status.covered ? '(50% or more: a ground of the verdict)' : '';
  if (status.covered) return '(below 50%: not what makes it covered)';
  return '(below the 50% threshold)';
}
