import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { configureAuth } from '@/lib/api-client';

import { resetDb } from './mocks/db';
import { server } from './mocks/server';

// NB: vitest's jsdom environment replaces the global AbortSignal with jsdom's, and Node 24's fetch (undici)
// rejects it ("Expected signal to be an instance of AbortSignal"); Node 20 let it pass. The app passes React
// Query's signal to fetch, so in tests the signal is dropped between the app and MSW. Aborting is not tested.
// Likewise Node's fetch never settles with jsdom's FormData as a body, so a multipart body (list uploads) is
// encoded here by hand; the MSW handlers then read it with request.formData() as usual.
let mswFetch: typeof fetch | undefined;

/** jsdom's File has no text(); FileReader it has. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}

async function encodeMultipart(form: FormData): Promise<{ body: string; contentType: string }> {
  const boundary = `----vitest${Math.random().toString(16).slice(2)}`;
  let body = '';
  for (const [name, value] of form.entries()) {
    body += `--${boundary}\r\n`;
    if (typeof value === 'string') {
      body += `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    } else {
      body += `Content-Disposition: form-data; name="${name}"; filename="${value.name}"\r\n`;
      body += `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n${await readText(value)}\r\n`;
    }
  }
  return { body: `${body}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  mswFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    if (init?.body instanceof FormData) {
      const { body, contentType } = await encodeMultipart(init.body);
      const headers = new Headers(init.headers);
      headers.set('Content-Type', contentType);
      return mswFetch!(input, { ...init, body, headers, signal: null });
    }
    return mswFetch!(input, init && { ...init, signal: null });
  };
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
