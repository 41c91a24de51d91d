import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api, isApiProblem } from '@/lib/api-client';
import type { Vendor } from '@/types/api';

import { vendorsQueryKey } from './get-vendors';

// Mirrors the server's rules (docs/CONTRACTS.md) so most mistakes are caught before a round trip;
// the server stays the judge (for example of which two-letter codes are real countries).
export const createVendorInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a vendor name.').max(200, 'Use at most 200 characters.'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Enter a two-letter ISO 3166-1 country code, such as DE.'),
});

export type CreateVendorInput = z.infer<typeof createVendorInputSchema> & {
  /** Registers the vendor although one with the same normalized name and country exists. */
  confirmDuplicate?: boolean;
};

const existingVendorSchema = z.object({ id: z.string(), name: z.string(), country: z.string().optional() });

export type ExistingVendor = z.infer<typeof existingVendorSchema>;

/** The vendor a 409 duplicate-vendor problem points to, or null for any other error. */
export function duplicateVendorOf(error: unknown): ExistingVendor | null {
  if (!isApiProblem(error) || !error.hasType('duplicate-vendor')) return null;
  const parsed = existingVendorSchema.safeParse(error.extensions.existing);
  return parsed.success ? parsed.data : null;
}

export function createVendor(data: CreateVendorInput): Promise<Vendor> {
  return api.post<Vendor>('/api/v1/vendors', data);
}

export function useCreateVendor({ onSuccess }: { onSuccess?: (vendor: Vendor) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVendor,
    onSuccess: async (vendor) => {
      onSuccess?.(vendor);
      await queryClient.invalidateQueries({ queryKey: vendorsQueryKey });
    },
  });
}
