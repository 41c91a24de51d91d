import type Keycloak from 'keycloak-js';
import { useEffect, useMemo, useState, type ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { configureAuth } from '@/lib/api-client';
import { SessionProvider, type Session } from '@/lib/authorization';
import { toRoles } from '@/lib/roles';

import { useMe } from '../api/get-me';
import { getUiConfig } from '../api/get-ui-config';
import { freshToken, signIn, signOut } from '../utils/keycloak';

type SignInState =
  | { status: 'signing-in' }
  | { status: 'failed'; error: unknown }
  | { status: 'signed-in'; keycloak: Keycloak };

function FullPage({ children }: { children: ReactNode }) {
  return <div className="full-page">{children}</div>;
}

/**
 * Gate for the whole app: reads /api/v1/ui-config, signs in through Keycloak, points the api client at the
 * token, loads /api/v1/me and only then renders the children inside a SessionProvider.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SignInState>({ status: 'signing-in' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    getUiConfig()
      .then(signIn)
      .then((keycloak) => {
        configureAuth({ getToken: () => freshToken(keycloak) });
        if (!cancelled) setState({ status: 'signed-in', keycloak });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  if (state.status === 'signing-in') {
    return (
      <FullPage>
        <Loading label="Signing in…" />
      </FullPage>
    );
  }
  if (state.status === 'failed') {
    return (
      <FullPage>
        <ProblemBanner
          error={state.error}
          action={
            <Button
              onClick={() => {
                setState({ status: 'signing-in' });
                setAttempt((n) => n + 1);
              }}
            >
              Try again
            </Button>
          }
        />
      </FullPage>
    );
  }
  return <SessionLoader keycloak={state.keycloak}>{children}</SessionLoader>;
}

function SessionLoader({ keycloak, children }: { keycloak: Keycloak; children: ReactNode }) {
  const me = useMe();
  const session = useMemo<Session | undefined>(
    () =>
      me.data
        ? {
            user: { username: me.data.username, name: me.data.name, roles: toRoles(me.data.roles) },
            logout: () => void signOut(keycloak),
          }
        : undefined,
    [me.data, keycloak],
  );

  if (session) return <SessionProvider session={session}>{children}</SessionProvider>;
  if (me.isError) {
    return (
      <FullPage>
        <ProblemBanner
          error={me.error}
          action={<Button onClick={() => void keycloak.login()}>Sign in again</Button>}
        />
      </FullPage>
    );
  }
  return (
    <FullPage>
      <Loading label="Loading your profile…" />
    </FullPage>
  );
}
