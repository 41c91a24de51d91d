import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { api, ApiProblem, configureAuth, fieldKey } from '@/lib/api-client';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';

async function failure(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiProblem);
    return error as ApiProblem;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('maps an application/problem+json 400 into an ApiProblem with its violations by field', async () => {
    server.use(
      http.post('/api/v1/vendors', () =>
        problem(400, 'invalid-request', 'Invalid request', {
          detail: 'The request body has invalid fields.',
          instance: '/api/v1/vendors',
          violations: [
            { field: '$.name', message: 'must not be blank' },
            { field: '$.country', message: 'must match "[A-Z]{2}"' },
          ],
        }),
      ),
    );

    const error = await failure(api.post('/api/v1/vendors', { name: '', country: 'de' }));

    expect(error.status).toBe(400);
    expect(error.type).toBe('https://clearance.dev/problems/invalid-request');
    expect(error.title).toBe('Invalid request');
    expect(error.detail).toBe('The request body has invalid fields.');
    expect(error.instance).toBe('/api/v1/vendors');
    expect(error.fieldErrors()).toEqual({
      name: ['must not be blank'],
      country: ['must match "[A-Z]{2}"'],
    });
  });

  it("keeps a problem's extension members and tells its type by slug", async () => {
    const existing = { id: 'v-1', name: 'Acme GmbH', country: 'DE', href: '/api/v1/vendors/v-1' };
    server.use(http.post('/api/v1/vendors', () => problem(409, 'duplicate-vendor', 'Vendor already registered', { existing })));

    const error = await failure(api.post('/api/v1/vendors', { name: 'ACME', country: 'DE' }));

    expect(error.hasType('duplicate-vendor')).toBe(true);
    expect(error.hasType('conflict')).toBe(false);
    expect(error.extensions).toEqual({ existing });
  });

  it('marks a 403 problem as forbidden', async () => {
    server.use(http.get('/api/v1/vendors', () => problem(403, 'forbidden', 'Forbidden')));

    const error = await failure(api.get('/api/v1/vendors'));

    expect(error.isForbidden).toBe(true);
    expect(error.violations).toEqual([]);
  });

  it('turns a response that is not a problem into a generic ApiProblem', async () => {
    server.use(
      http.get('/api/v1/vendors', () =>
        new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
      ),
    );

    const error = await failure(api.get('/api/v1/vendors'));

    expect(error.status).toBe(502);
    expect(error.title).toBe('Something went wrong on the server');
    expect(error.detail).toBeUndefined();
  });

  it('reports a network failure as status 0', async () => {
    server.use(http.get('/api/v1/vendors', () => HttpResponse.error()));

    const error = await failure(api.get('/api/v1/vendors'));

    expect(error.status).toBe(0);
    expect(error.title).toBe('Network error');
  });

  it('asks for a fresh token before every call and sends it as a bearer token', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('/api/v1/vendors', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json({ items: [], total: 0 });
      }),
    );
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}`);
    configureAuth({ getToken });

    await api.get('/api/v1/vendors');
    await api.get('/api/v1/vendors');

    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('sends no token to anonymous endpoints', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get('/api/v1/ui-config', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ keycloakUrl: 'http://kc', realm: 'clearance', clientId: 'clearance-web' });
      }),
    );
    const getToken = vi.fn(async () => 'secret');
    configureAuth({ getToken });

    await api.get('/api/v1/ui-config', { auth: false });

    expect(getToken).not.toHaveBeenCalled();
    expect(authorization).toBeNull();
  });

  it('fails with a 401 problem when the token cannot be refreshed', async () => {
    configureAuth({ getToken: () => Promise.reject(new Error('refresh token expired')) });

    const error = await failure(api.get('/api/v1/vendors'));

    expect(error.isUnauthorized).toBe(true);
    expect(error.title).toBe('Your session has expired');
  });
});

describe('fieldKey', () => {
  it.each([
    ['$.name', 'name'],
    ['$.owner.country', 'owner.country'],
    ['$.items[0].name', 'items.0.name'],
    ['name', 'name'],
    ['$', ''],
  ])('maps %s to %s', (path, key) => {
    expect(fieldKey(path)).toBe(key);
  });
});
