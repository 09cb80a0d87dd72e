import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { ApiError, api, call, setCsrfToken, setOnUnauthenticated, type SessionInfo } from './api/client';

type SessionState = {
  session: SessionInfo | null;
  loading: boolean;
  /** Stores a SessionInfo the server just returned (sign-in, setup). */
  adopt: (info: SessionInfo) => void;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return await call(api.GET('/api/auth/session'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
  const session = query.data ?? null;

  useEffect(() => {
    setCsrfToken(session?.csrfToken ?? null);
  }, [session]);

  useEffect(() => {
    setOnUnauthenticated(() => {
      setCsrfToken(null);
      qc.setQueryData(SESSION_KEY, null);
    });
  }, [qc]);

  const adopt = useCallback(
    (info: SessionInfo) => {
      setCsrfToken(info.csrfToken);
      qc.setQueryData(SESSION_KEY, info);
    },
    [qc],
  );

  const signOut = useCallback(async () => {
    try {
      await call(api.POST('/api/auth/logout'));
    } finally {
      setCsrfToken(null);
      // Set the session to null on the query the provider observes (clear() would detach it and
      // leave the old session on screen), then drop everything cached for the signed-out person.
      qc.setQueryData(SESSION_KEY, null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    }
  }, [qc]);

  return (
    <SessionContext.Provider value={{ session, loading: query.isPending, adopt, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

/** The signed-in session inside the app frame (the frame only renders when there is one). */
export function useSignedIn(): SessionInfo {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn without a session');
  return session;
}
