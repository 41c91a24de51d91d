import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';

import { createParty } from './create-party';
import type { AddEmployerBody, Employment } from './types';

/** POST /api/v1/parties/{individualId}/employers (analyst, admin): the individual works for the employer. */
export function addEmployer(individualId: string, body: AddEmployerBody): Promise<Employment> {
  return api.post<Employment>(`/api/v1/parties/${encodeURIComponent(individualId)}/employers`, body);
}

// Mirrors PartyRequests.AddEmployer (and RegisterParty for a new INDIVIDUAL).
export const employmentInputSchema = z.object({
  kind: z.enum(['EMPLOYEE', 'CONTRACTOR']),
  validFrom: z.iso.date('Enter a date.'),
});

export const addPersonInputSchema = employmentInputSchema.extend({
  personName: z.string().trim().min(1, "Enter the person's name.").max(300, 'Use at most 300 characters.'),
  residence: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Enter a two-letter ISO 3166-1 country code, such as CN.'),
});

export type AddPersonInput = z.infer<typeof addPersonInputSchema>;

export function personKey(input: Pick<AddPersonInput, 'personName' | 'residence'>): string {
  return JSON.stringify([input.personName, input.residence]);
}

/**
 * Links a key person to `employerId`: registers the person as an INDIVIDUAL party (unless `reusePersonId`), then
 * records the employment. A retry after a refused employment reuses the person made.
 */
export async function addPersonWithParty(
  employerId: string,
  input: AddPersonInput,
  reusePersonId: string | null,
  onPersonCreated: (personId: string) => void = () => {},
): Promise<Employment> {
  let personId = reusePersonId;
  if (!personId) {
    const person = await createParty({
      kind: 'INDIVIDUAL',
      name: input.personName,
      facts: { validFrom: input.validFrom, primaryResidence: input.residence },
    });
    personId = person.id;
    onPersonCreated(personId);
  }
  return addEmployer(personId, { employerPartyId: employerId, kind: input.kind, validFrom: input.validFrom });
}

export function useAddPersonWithParty(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      input,
      reusePersonId,
      onPersonCreated,
    }: {
      input: AddPersonInput;
      reusePersonId: string | null;
      onPersonCreated?: (personId: string) => void;
    }) => addPersonWithParty(employerId, input, reusePersonId, onPersonCreated),
    onSuccess: async () => {
      // Covers the employer's key people (['parties', employerId, 'people']) and the parties list (the new person).
      await queryClient.invalidateQueries({ queryKey: ['parties'] });
    },
  });
}
