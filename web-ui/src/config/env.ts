import { z } from 'zod';

// Build-time settings only. Keycloak's URL, realm and client come from GET /api/v1/ui-config at startup,
// so one build works behind any deployment.
const EnvSchema = z.object({
  // Base URL of the Clearance API; empty means "same origin as the page" (the api module serves this UI).
  API_URL: z.string().default(''),
});

export type Env = z.infer<typeof EnvSchema>;

function createEnv(): Env {
  const raw = Object.fromEntries(
    Object.entries(import.meta.env as Record<string, unknown>)
      .filter(([key]) => key.startsWith('VITE_APP_'))
      .map(([key, value]) => [key.replace('VITE_APP_', ''), value]),
  );
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid VITE_APP_* environment: ${parsed.error.message}`);
  }
  return parsed.data;
}

export const env = createEnv();
