import { v7 as uuidv7 } from 'uuid';
import type { TCreateApiTokenRequest } from '../../../contracts/identity.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { appendTrail } from '../trail/trail.service.js';
import { presentApiToken } from './identity.presenters.js';
import * as repo from './identity.repository.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './identity.rules.js';
import { requireAccount } from './identity.sessions.service.js';

/** Personal API tokens for the CLI and automation: hashed at rest, named, expiring, revocable. */
export function createTokenService(deps: Deps) {
  const { db } = deps;
  return {
    async list(actor: Actor) {
      const me = requireAccount(actor);
      await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
      return (await repo.listApiTokens(db, me.accountId)).map(presentApiToken);
    },
    async create(actor: Actor, input: TCreateApiTokenRequest, meta: CallMeta) {
      const me = requireAccount(actor);
      const grant = await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
      if (me.via === 'token' && me.tokenScope === 'read')
        throw new AppError('token_scope', 'A read-only token cannot create tokens');
      const token = newSecret(API_TOKEN_PREFIX);
      const now = new Date();
      const row = {
        id: uuidv7(),
        account_id: me.accountId,
        name: input.name,
        token_hash: hashSecret(token),
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        scope: input.scope,
        created_at: now.toISOString(),
        expires_at:
          input.expiresInDays === null
            ? null
            : new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
        last_used_at: null,
        revoked_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await repo.insertApiToken(trx, row);
        await appendTrail(trx, {
          actor,
          grant,
          action: 'api_token.created',
          objectType: 'api_token',
          objectId: row.id,
          changes: { name: input.name, scope: input.scope, expiresAt: row.expires_at },
          requestId: meta.requestId,
        });
      });
      return { ...presentApiToken(row), token };
    },
    async revoke(actor: Actor, id: string, meta: CallMeta) {
      const me = requireAccount(actor);
      const grant = await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
      return db.transaction().execute(async (trx) => {
        const before = await repo.revokeApiToken(trx, id, me.accountId, new Date().toISOString());
        if (!before) throw new AppError('not_found', 'No such API token of yours');
        await appendTrail(trx, {
          actor,
          grant,
          action: 'api_token.revoked',
          objectType: 'api_token',
          objectId: id,
          changes: { name: before.name },
          requestId: meta.requestId,
        });
        return presentApiToken(before);
      });
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
