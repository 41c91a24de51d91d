import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { useSession } from '@/lib/authorization';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';

import { AuthProvider } from '../auth-provider';

const keycloak = vi.hoisted(() => ({
  configs: [] as unknown[],
  initOptions: [] as unknown[],
}));

vi.mock('keycloak-js', () => ({
  default: class FakeKeycloak {
    token = 'access-token-1';
    constructor(config: unknown) {
      keycloak.configs.push(config);
    }
    init = async (options: unknown) => {
      keycloak.initOptions.push(options);
      return true;
    };
    updateToken = async () => false;
    login = async () => undefined;
    logout = async () => undefined;
  },
}));

function CurrentUser() {
  const { user } = useSession();
  return (
    <p>
      {user.name} / {user.roles.join(',')}
    </p>
  );
}

function renderAuth() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <CurrentUser />
      </AuthProvider>
    </QueryClientProvider>,
  );
}

describe('AuthProvider', () => {
  it('explains the failure when the UI configuration cannot be read', async () => {
    server.use(http.get('/api/v1/ui-config', () => problem(500, 'internal', 'Internal server error')));

    renderAuth();

    expect(await screen.findByRole('alert')).toHaveTextContent('Internal server error');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(keycloak.configs).toEqual([]);
  });

  it('signs in with the Keycloak settings from /api/v1/ui-config and loads the user from /api/v1/me', async () => {
    server.use(
      http.get('/api/v1/ui-config', () =>
        HttpResponse.json({ keycloakUrl: 'http://kc.example:9999', realm: 'realm-x', clientId: 'client-y' }),
      ),
      http.get('/api/v1/me', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer access-token-1'
          ? HttpResponse.json({ username: 'audrey', name: 'Audrey Auditor', roles: ['offline_access', 'auditor'] })
          : problem(401, 'unauthorized', 'Unauthorized'),
      ),
    );

    renderAuth();

    expect(await screen.findByText('Audrey Auditor / auditor')).toBeInTheDocument();
    expect(keycloak.configs).toEqual([{ url: 'http://kc.example:9999', realm: 'realm-x', clientId: 'client-y' }]);
    expect(keycloak.initOptions).toEqual([
      expect.objectContaining({ onLoad: 'login-required', pkceMethod: 'S256' }),
    ]);
  });
});
