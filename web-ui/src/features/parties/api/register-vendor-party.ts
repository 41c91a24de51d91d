import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { createParty } from './create-party';
import { linkVendorParty } from './link-vendor-party';
import type { Party } from './types';

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Enter a two-letter ISO 3166-1 country code, such as DE.');

// Mirrors PartyRequests.RegisterParty for an ENTITY so most mistakes are caught before a round trip.
export const registerVendorPartyInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the legal name.').max(300, 'Use at most 300 characters.'),
  organizedIn: countryCode,
  principalPlaceOfBusiness: z.union([z.literal(''), countryCode]),
  validFrom: z.iso.date('Enter a date.'),
});

export type RegisterVendorPartyInput = z.infer<typeof registerVendorPartyInputSchema>;

/**
 * Registers the vendor as an ENTITY party (POST /api/v1/parties) and links it (POST /api/v1/vendors/{id}/party).
 * When the link fails after the party was made, `reusePartyId` lets a retry link that party instead of a new one.
 */
export async function registerVendorParty(
  vendorId: string,
  input: RegisterVendorPartyInput,
  reusePartyId: string | null,
  onPartyCreated: (partyId: string) => void = () => {},
): Promise<Party> {
  let partyId = reusePartyId;
  if (!partyId) {
    const party = await createParty({
      kind: 'ENTITY',
      name: input.name,
      facts: {
        validFrom: input.validFrom,
        organizedIn: [input.organizedIn],
        ...(input.principalPlaceOfBusiness ? { principalPlaceOfBusiness: input.principalPlaceOfBusiness } : {}),
      },
    });
    partyId = party.id;
    onPartyCreated(partyId);
  }
  return linkVendorParty(vendorId, partyId);
}

export function useRegisterVendorParty(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      input,
      reusePartyId,
      onPartyCreated,
    }: {
      input: RegisterVendorPartyInput;
      reusePartyId: string | null;
      onPartyCreated?: (partyId: string) => void;
    }) => registerVendorParty(vendorId, input, reusePartyId, onPartyCreated),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['vendors', vendorId] });
    },
  });
}
