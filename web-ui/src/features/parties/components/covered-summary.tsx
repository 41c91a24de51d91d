import type { CoveredPerson } from '../api/types';
import { formatPercent } from '../utils/field-errors';
import { Time } from '@/components/ui/time';

/** What each limb of 28 CFR 202.211(a) says, in short (dev.clearance.domain.classification.CoveredPersonLimb). */
const LIMB_TEXT: Record<string, string> = {
  '28 CFR 202.211(a)(1)':
    'foreign entity 50% or more owned by countries of concern or (a)(2) persons, or organized or with its principal place of business in a country of concern',
  '28 CFR 202.211(a)(2)': 'foreign entity 50% or more owned by (a)(1), (a)(3), (a)(4) or (a)(5) persons',
  '28 CFR 202.211(a)(3)': 'foreign individual employed by or contracting for a country of concern or a covered entity',
  '28 CFR 202.211(a)(4)': 'foreign individual primarily resident in a country of concern',
  '28 CFR 202.211(a)(5)': 'person designated by the Attorney General',
};

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
      <p>
        Aggregate covered ownership: <strong data-testid="covered-ownership">{formatPercent(status.coveredOwnershipPercent)}</strong>
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
