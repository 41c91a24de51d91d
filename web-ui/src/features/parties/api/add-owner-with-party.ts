import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { addOwner } from './add-owner';
import { createParty } from './create-party';
import type { Edge, PartyKind, RegisterPartyBody } from './types';

// Mirrors PartyRequests.AddOwner; the server stays the judge.
export const edgeInputSchema = z.object({
  percent: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,4})?$/, 'Enter a percentage such as 30 or 12.5 (at most 4 decimals).')
    .transform(Number)
    .refine((n) => n > 0 && n <= 100, 'Must be more than 0 and at most 100.'),
  validFrom: z.iso.date('Enter a date.'),
  source: z.string().trim().min(1, 'Say where this ownership comes from.').max(500, 'Use at most 500 characters.'),
});

// Mirrors PartyRequests.RegisterParty (for the new owner) and PartyRequests.AddOwner.
export const addOwnerInputSchema = edgeInputSchema.extend({
  ownerName: z.string().trim().min(1, "Enter the owner's name.").max(300, 'Use at most 300 characters.'),
  ownerKind: z.enum(['ENTITY', 'GOVERNMENT', 'INDIVIDUAL']),
  ownerCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Enter a two-letter ISO 3166-1 country code, such as CN.'),
});

export type AddOwnerInput = z.infer<typeof addOwnerInputSchema>;

/** What the owner's one country means for each kind of party (the facts the rules engine needs). */
export function ownerFacts(kind: PartyKind, country: string, validFrom: string): RegisterPartyBody['facts'] {
  if (kind === 'GOVERNMENT') return { validFrom, country };
  if (kind === 'INDIVIDUAL') return { validFrom, primaryResidence: country };
  return { validFrom, organizedIn: [country] };
}

/** Identifies the owner a form describes, so a retry after a failed edge reuses the party it already made. */
export function ownerKey(input: Pick<AddOwnerInput, 'ownerName' | 'ownerKind' | 'ownerCountry'>): string {
  return JSON.stringify([input.ownerName, input.ownerKind, input.ownerCountry]);
}

/** Registers the owner as a new party (unless `reuseOwnerId`) and adds the edge into `partyId`. */
export async function addOwnerWithParty(
  partyId: string,
  input: AddOwnerInput,
  reuseOwnerId: string | null,
  onOwnerCreated: (ownerId: string) => void = () => {},
): Promise<Edge> {
  let ownerId = reuseOwnerId;
  if (!ownerId) {
    const owner = await createParty({
      kind: input.ownerKind,
      name: input.ownerName,
      facts: ownerFacts(input.ownerKind, input.ownerCountry, input.validFrom),
    });
    ownerId = owner.id;
    onOwnerCreated(ownerId);
  }
  return addOwner(partyId, { ownerPartyId: ownerId, percent: input.percent, validFrom: input.validFrom, source: input.source });
}

export function useAddOwnerWithParty(partyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      input,
      reuseOwnerId,
      onOwnerCreated,
    }: {
      input: AddOwnerInput;
      reuseOwnerId: string | null;
      onOwnerCreated?: (ownerId: string) => void;
    }) => addOwnerWithParty(partyId, input, reuseOwnerId, onOwnerCreated),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['parties'] }),
        queryClient.invalidateQueries({ queryKey: ['vendors'] }),
      ]);
    },
  });
}
