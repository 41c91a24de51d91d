import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { configureAuth } from '@/lib/api-client';

import { resetDb } from './mocks/db';
import { server } from './mocks/server';

// NB: vitest's jsdom environment replaces the global AbortSignal with jsdom's, and Node 24's fetch (undici)
// rejects it ("Expected signal to be an instance of AbortSignal"); Node 20 let it pass. The app passes React
// Query's signal to fetch, so in tests the signal is dropped between the app and MSW. Aborting is not tested.
let mswFetch: typeof fetch | undefined;

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  mswFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => mswFetch!(input, init && { ...init, signal: null });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDb();
  configureAuth(undefined);
});
afterAll(() => {
  if (mswFetch) globalThis.fetch = mswFetch;
  server.close();
});
