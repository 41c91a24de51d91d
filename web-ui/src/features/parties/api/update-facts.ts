import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';

import type { FactsBody, Party, PartyFacts, PartyKind } from './types';

/** PUT /api/v1/parties/{id}/facts (analyst, admin): records a new version of the facts and recomputes statuses. */
export function updateFacts(partyId: string, body: FactsBody): Promise<Party> {
  return api.put<Party>(`/api/v1/parties/${encodeURIComponent(partyId)}/facts`, body);
}

const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Enter a two-letter ISO 3166-1 country code, such as DE.');
const optionalCode = z.union([z.literal(''), code]);
/** "DE, nl" → ["DE", "NL"]; each must be a two-letter code. */
const codeList = z
  .string()
  .transform((s) => s.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()))
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'Enter two-letter ISO codes separated by commas, such as DE, NL.')));

// Mirrors PartyRequests.Facts and FactsInput's per-kind rules; the server stays the judge.
export const factsInputSchema = z.object({
  validFrom: z.iso.date('Enter a date.'),
  organizedIn: codeList,
  principalPlaceOfBusiness: optionalCode,
  country: optionalCode,
  primaryResidence: optionalCode,
  citizenships: codeList,
  designatedCoveredPerson: z.boolean(),
});

export type FactsInput = z.input<typeof factsInputSchema>;
export type ParsedFacts = z.output<typeof factsInputSchema>;

/** The form's values from the current facts (a new version starts today unless changed). */
export function factsFormValues(facts: PartyFacts | null | undefined, today: string): FactsInput {
  return {
    validFrom: today,
    organizedIn: (facts?.organizedIn ?? []).join(', '),
    principalPlaceOfBusiness: facts?.principalPlaceOfBusiness ?? '',
    country: facts?.country ?? '',
    primaryResidence: facts?.primaryResidence ?? '',
    citizenships: (facts?.citizenships ?? []).join(', '),
    designatedCoveredPerson: facts?.designatedCoveredPerson ?? false,
  };
}

/**
 * The body for a party of `kind`: only the fields that kind may have (FactsInput refuses the others); the facts the
 * form does not show (U.S. status, location, relationship, branch) are carried over from the current version.
 */
export function factsBody(kind: PartyKind, input: ParsedFacts, current: PartyFacts | null | undefined): FactsBody {
  const body: FactsBody = {
    validFrom: input.validFrom,
    designatedCoveredPerson: input.designatedCoveredPerson,
    relationship: current?.relationship ?? null,
  };
  if (kind === 'ENTITY') {
    body.organizedIn = input.organizedIn;
    body.principalPlaceOfBusiness = input.principalPlaceOfBusiness || null;
    body.branchOf = current?.branchOf ?? null;
  } else if (kind === 'GOVERNMENT') {
    body.country = input.country || null;
  } else {
    body.primaryResidence = input.primaryResidence || null;
    body.citizenships = input.citizenships;
    body.usStatus = current?.usStatus ?? null;
    body.locatedIn = current?.locatedIn ?? null;
  }
  return body;
}

export function useUpdateFacts(partyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FactsBody) => updateFacts(partyId, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['parties'] }),
        queryClient.invalidateQueries({ queryKey: ['vendors'] }),
      ]);
    },
  });
}
