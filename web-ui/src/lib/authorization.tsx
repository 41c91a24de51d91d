import { createContext, useContext, type ReactNode } from 'react';

import { hasAnyRole, type Role } from '@/lib/roles';

export type SessionUser = {
  username: string;
  name: string;
  roles: Role[];
};

export type Session = {
  user: SessionUser;
  logout: () => void;
};

const SessionContext = createContext<Session | null>(null);

/** Filled by the auth feature once the user is signed in and /api/v1/me has answered. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

export type Access = 'authenticated' | readonly Role[];

export function useAuthorization() {
  const { user } = useSession();
  const checkAccess = (access: Access): boolean =>
    access === 'authenticated' ? true : hasAnyRole(user.roles, access);
  return { roles: user.roles, checkAccess };
}

type AuthorizationProps = {
  access: Access;
  forbiddenFallback?: ReactNode;
  children: ReactNode;
};

/** Renders children only for users whose roles match `access`. */
export function Authorization({ access, forbiddenFallback = null, children }: AuthorizationProps) {
  const { checkAccess } = useAuthorization();
  return <>{checkAccess(access) ? children : forbiddenFallback}</>;
}
