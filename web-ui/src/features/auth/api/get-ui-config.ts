import { z } from 'zod';

import { api } from '@/lib/api-client';
import type { UiConfig } from '@/types/api';

const UiConfigSchema = z.object({
  keycloakUrl: z.string().min(1),
  realm: z.string().min(1),
  clientId: z.string().min(1),
}) satisfies z.ZodType<UiConfig>;

/** Anonymous: where to sign in. Read at startup so no Keycloak URL is baked into the build. */
export async function getUiConfig(): Promise<UiConfig> {
  const raw = await api.get<unknown>('/api/v1/ui-config', { auth: false });
  const parsed = UiConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`The server sent an unusable UI configuration (${parsed.error.issues.length} problem(s)).`);
  }
  return parsed.data;
}
