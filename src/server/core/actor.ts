/** Who is calling: a signed-in account (session or API token), or the system itself (CLI, bootstrap). */
export type Actor =
  | {
      kind: 'account';
      accountId: string;
      personId: string;
      email: string;
      isAdmin: boolean;
      via: 'session' | 'token';
      sessionId?: string;
      tokenId?: string;
      tokenScope?: 'read' | 'write';
    }
  | { kind: 'system'; label: string };

export const systemActor = (label: string): Actor => ({ kind: 'system', label });
