import type { CoveredPerson } from '../api/types';

import { formatPercent } from './field-errors';

/** One ground of the verdict in plain words with the section that makes it decisive. */
export type Ground = { text: string; citation: string };

const OWNERSHIP = /in the aggregate/;
const OWNERSHIP_LIMBS = new Set(['28 CFR 202.211(a)(1)', '28 CFR 202.211(a)(2)']);
const THRESHOLD_MET = /threshold is met\.?$/;
/** The engine's sentences start with the quoted party: 'Acme Ltd' is ..., the entity 'id' has ... */
const SUBJECT = /^(?:the (?:entity|individual|government) )?'.*?' (?=is |has )/;
const VERB = /^(?:is |has its )/;
const CONCLUSION = /(?:,? so (?:it )?is a covered person| and is a covered person wherever located)?\.?$/;

function normalise(citation: string): string {
  return citation.startsWith('28 CFR ') ? citation : `28 CFR ${citation}`;
}

/** "organized under the laws of China (CN), a country of concern" from the engine's finding about the party. */
function phrase(findingText: string): string {
  return findingText.replace(SUBJECT, '').replace(VERB, '').replace(CONCLUSION, '');
}

/**
 * Why a party is covered, one ground per limb that applies, in the order the engine found them: the facts that
 * decide it (organized in, principal place of business, residence, employer, designation) from the findings, and
 * ownership as "55% owned, directly or indirectly, by covered persons" when the 50% threshold is what is met.
 * Empty when the party is not covered.
 */
export function coveredGrounds(status: CoveredPerson): Ground[] {
  if (!status.covered) return [];
  const limbs = new Set(status.limbs.map(normalise));
  const grounds: Ground[] = [];
  for (const finding of status.findings) {
    const citation = normalise(finding.citation);
    if (OWNERSHIP.test(finding.text)) {
      if (!THRESHOLD_MET.test(finding.text) || !limbs.has(citation)) continue;
      const owners = citation.endsWith('(a)(2)') ? 'covered persons' : 'countries of concern or covered persons';
      grounds.push({
        text: `${formatPercent(status.coveredOwnershipPercent)} owned, directly or indirectly, by ${owners}`,
        citation,
      });
    } else if (limbs.has(citation) || (status.countryOfConcern && citation.includes('202.601'))) {
      grounds.push({ text: phrase(finding.text), citation });
    }
  }
  if (grounds.length === 0 && status.countryOfConcern) {
    grounds.push({ text: 'the government of a country of concern itself', citation: '28 CFR 202.601(a)' });
  }
  const explained = new Set(grounds.map((g) => g.citation));
  const ownership = grounds.find((g) => g.text.includes(' owned, directly or indirectly, '));
  for (const limb of limbs) {
    if (explained.has(limb)) continue;
    if (ownership && OWNERSHIP_LIMBS.has(limb)) {
      // NB: the engine writes one ownership finding, cited (a)(1) when both ownership limbs apply (owners that are
      // countries of concern and owners that are covered persons); the other limb rests on the same stakes.
      ownership.citation = `${ownership.citation} and ${limb.slice(limb.indexOf('(a)'))}`;
    } else {
      // A limb the findings do not explain still shows, in the regulation's words.
      grounds.push({ text: LIMB_TEXT[limb] ?? 'a covered person', citation: limb });
    }
  }
  return grounds;
}

/** Why a party is not covered, in one sentence after "Not covered: ". */
export function notCoveredBecause(status: CoveredPerson): string {
  if (status.usPerson) return 'a U.S. person, and not designated by the Attorney General (28 CFR 202.211(a)(5))';
  const owned = Number(status.coveredOwnershipPercent);
  const ownership =
    owned > 0
      ? `; ${formatPercent(owned)} owned by countries of concern or covered persons is below the 50% threshold`
      : '';
  return `no limb of 28 CFR 202.211(a) applies${ownership}`;
}

/** What each limb of 28 CFR 202.211(a) says, in short (dev.clearance.domain.classification.CoveredPersonLimb). */
export const LIMB_TEXT: Record<string, string> = {
  '28 CFR 202.211(a)(1)':
    'foreign entity 50% or more owned by countries of concern or (a)(2) persons, or organized or with its principal place of business in a country of concern',
  '28 CFR 202.211(a)(2)': 'foreign entity 50% or more owned by (a)(1), (a)(3), (a)(4) or (a)(5) persons',
  '28 CFR 202.211(a)(3)': 'foreign individual employed by or contracting for a country of concern or a covered entity',
  '28 CFR 202.211(a)(4)': 'foreign individual primarily resident in a country of concern',
  '28 CFR 202.211(a)(5)': 'person designated by the Attorney General',
};
