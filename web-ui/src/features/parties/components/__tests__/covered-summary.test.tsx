import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { CoveredPerson } from '../../api/types';
import { coveredGrounds } from '../../utils/covered-reasons';
import { CoveredSummary } from '../covered-summary';

// Findings as the rules engine words them (CoveredPersonDeterminer.findings), with the API's "28 CFR " prefix.
const A1 = '28 CFR 202.211(a)(1)';
const A2 = '28 CFR 202.211(a)(2)';

function status(overrides: Partial<CoveredPerson>): CoveredPerson {
  return {
    partyId: 'p1',
    asOf: '2026-11-25',
    covered: true,
    usPerson: false,
    countryOfConcern: false,
    limbs: [],
    coveredOwnershipPercent: 0,
    paths: [],
    findings: [],
    ruleSetVersion: 'dsp-2025.04.08-1',
    inputHash: 'a'.repeat(64),
    ...overrides,
  };
}

const organizedInChina = status({
  limbs: [A1],
  coveredOwnershipPercent: 0,
  findings: [
    { citation: A1, text: "'Shenzhen Widgets Ltd' is organized under the laws of China (CN), a country of concern, so it is a covered person." },
    {
      citation: A1,
      text: "'Shenzhen Widgets Ltd' is owned 0% in the aggregate by countries of concern and covered persons (no stake is held by a country of concern or a covered person); each covered owner counts with its full direct stake and stakes are not multiplied along a chain, so the 50% threshold is not met.",
    },
  ],
});

const ownedByCovered = status({
  limbs: [A2],
  coveredOwnershipPercent: 55,
  findings: [
    {
      citation: A2,
      text: "'Berlin Vendor GmbH' is owned 55% in the aggregate by countries of concern and covered persons (55% held by 'Shanghai Parent Ltd' (a covered person under 28 CFR 202.211(a)(1))); each covered owner counts with its full direct stake and stakes are not multiplied along a chain, so the 50% threshold is met.",
    },
  ],
});

describe('covered-person status panel', () => {
  it('names the limb that makes a party covered before the ownership figure that does not', () => {
    render(<CoveredSummary status={organizedInChina} />);

    const reason = screen.getByTestId('covered-reason');
    expect(reason).toHaveTextContent(
      /^Covered: organized under the laws of China \(CN\), a country of concern \(28 CFR 202\.211\(a\)\(1\)\)\.$/,
    );
    expect(screen.getByTestId('covered-ownership')).toHaveTextContent('0%');
    expect(screen.getByTestId('covered-ownership-note')).toHaveTextContent('(below 50%: not what makes it covered)');
    // The ground comes first, then the figures.
    expect(reason.compareDocumentPosition(screen.getByTestId('covered-ownership')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says a party covered by ownership is so because of the share owned by covered persons', () => {
    render(<CoveredSummary status={ownedByCovered} />);

    expect(screen.getByTestId('covered-reason')).toHaveTextContent(
      /^Covered: 55% owned, directly or indirectly, by covered persons \(28 CFR 202\.211\(a\)\(2\)\)\.$/,
    );
    expect(screen.getByTestId('covered-ownership-note')).toHaveTextContent('(50% or more: a ground of the verdict)');
  });

  it('lists every ground when more than one limb applies', () => {
    const grounds = coveredGrounds(
      status({
        limbs: [A1],
        coveredOwnershipPercent: 100,
        findings: [
          { citation: A1, text: "'Moscow Trade LLC' has its principal place of business in Russia (RU), a country of concern, so it is a covered person." },
          { citation: A1, text: "'Moscow Trade LLC' is owned 100% in the aggregate by countries of concern and covered persons (100% held by 'Government of Russia' (a country of concern)); each covered owner counts with its full direct stake and stakes are not multiplied along a chain, so the 50% threshold is met." },
        ],
      }),
    );
    expect(grounds).toEqual([
      { text: 'principal place of business in Russia (RU), a country of concern', citation: A1 },
      { text: '100% owned, directly or indirectly, by countries of concern or covered persons', citation: A1 },
    ]);
  });

  it('cites both ownership limbs on the one ownership ground when the engine finds both', () => {
    // As the engine answers for 30% held by a government of a country of concern and 25% by an entity organized there.
    const grounds = coveredGrounds(
      status({
        limbs: [A1, A2],
        coveredOwnershipPercent: 55,
        findings: [
          {
            citation: A1,
            text: "'Vendor SA' is owned 55% in the aggregate by countries of concern and covered persons (30% held by 'Government of Iran' (a country of concern); 25% held by 'Tehran Cargo Holding' (a covered person under 28 CFR 202.211(a)(1))); each covered owner counts with its full direct stake and stakes are not multiplied along a chain, so the 50% threshold is met.",
          },
        ],
      }),
    );
    expect(grounds).toEqual([
      { text: '55% owned, directly or indirectly, by countries of concern or covered persons', citation: `${A1} and (a)(2)` },
    ]);
  });

  it('phrases the individual and designation limbs from their findings', () => {
    expect(
      coveredGrounds(
        status({
          limbs: ['28 CFR 202.211(a)(4)', '28 CFR 202.211(a)(5)'],
          findings: [
            { citation: '28 CFR 202.211(a)(5)', text: "'Li Wei' is designated by the Attorney General on the Covered Persons List and is a covered person wherever located." },
            { citation: '28 CFR 202.211(a)(4)', text: "'Li Wei' is a foreign individual primarily resident in Iran (IR), a country of concern, so is a covered person." },
          ],
        }),
      ),
    ).toEqual([
      { text: 'designated by the Attorney General on the Covered Persons List', citation: '28 CFR 202.211(a)(5)' },
      { text: 'a foreign individual primarily resident in Iran (IR), a country of concern', citation: '28 CFR 202.211(a)(4)' },
    ]);
  });

  it('falls back to the limb in the regulation\'s words when no finding explains it', () => {
    expect(coveredGrounds(status({ limbs: [A2], findings: [] }))).toEqual([
      { text: 'foreign entity 50% or more owned by (a)(1), (a)(3), (a)(4) or (a)(5) persons', citation: A2 },
    ]);
  });

  it('says why a party is not covered, with the ownership below the threshold', () => {
    render(<CoveredSummary status={status({ covered: false, coveredOwnershipPercent: 30 })} />);
    expect(screen.getByTestId('covered-verdict')).toHaveTextContent(/^Not covered$/);
    expect(screen.getByTestId('covered-reason')).toHaveTextContent(
      'Not covered: no limb of 28 CFR 202.211(a) applies; 30% owned by countries of concern or covered persons is below the 50% threshold.',
    );
    expect(screen.getByTestId('covered-ownership-note')).toHaveTextContent('(below the 50% threshold)');
  });
});
