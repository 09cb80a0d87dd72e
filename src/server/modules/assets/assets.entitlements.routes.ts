import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZEntitlementImport,
  ZEntitlementImportPage,
  ZEntitlementImportQuery,
  ZEntitlementListQuery,
  ZEntitlementPage,
  ZMatchAccountRequest,
  ZToxicConflictPage,
  ZToxicConflictQuery,
  ZToxicRule,
  ZToxicRuleList,
  ZToxicRuleRequest,
  ZUnmatchedAccount,
  ZUnmatchedAccountPage,
  ZUnmatchedAccountQuery,
} from '../../../contracts/assets.js';
import { ZProblem } from '../../../contracts/common.js';
import { AppError } from '../../core/app-error.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { EntitlementService } from './assets.entitlements.service.js';
import type { ToxicService } from './assets.toxic.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem, 413: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
const tags = ['entitlements'];

type Options = { entitlements: EntitlementService; toxic: ToxicService; importMaxBytes: number };

/** Accounts and entitlements imported from systems, orphaned accounts, and toxic combinations. */
export const entitlementRoutes: FastifyPluginAsyncZod<Options> = async (
  app,
  { entitlements, toxic, importMaxBytes },
) => {
  // The entitlement file is read as a stream (millions of rows): the parser hands the raw body on.
  app.addContentTypeParser(['text/csv', 'application/csv', 'text/plain'], (_req, payload, done) => done(null, payload));

  app.post('/api/entitlements/imports', {
    schema: {
      tags,
      operationId: 'importEntitlements',
      summary:
        'Import accounts and entitlements as CSV (system, account, person, entitlement, privileged), streamed; the systems in the file are replaced by what it lists',
      querystring: ZEntitlementImportQuery,
      response: { 201: ZEntitlementImport, ...errors, 415: ZProblem },
    },
    handler: async (req, reply) => {
      const actor = actorOf(req);
      // Who may import is settled before anything about the body is looked at.
      await entitlements.mayImport(actor);
      const body = req.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function')
        throw new AppError('unsupported_media_type', 'Send the entitlements as a CSV body (Content-Type: text/csv)');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > importMaxBytes)
        throw new AppError('payload_too_large', `The file is larger than ${importMaxBytes} bytes`);
      const result = await entitlements.importCsv(
        actor,
        { stream: body, fileName: req.query.fileName, maxBytes: importMaxBytes },
        metaOf(req),
      );
      return reply.code(201).send(result);
    },
  });
  app.get('/api/entitlements/imports', {
    schema: {
      tags,
      operationId: 'listEntitlementImports',
      summary: 'Entitlement imports, newest first',
      querystring: PageQuery,
      response: { 200: ZEntitlementImportPage, ...errors },
    },
    handler: async (req) => entitlements.imports(actorOf(req), req.query),
  });
  app.get('/api/entitlements/imports/:id', {
    schema: {
      tags,
      operationId: 'getEntitlementImport',
      summary: 'One entitlement import and its refused rows',
      params: IdParams,
      response: { 200: ZEntitlementImport, ...errors },
    },
    handler: async (req) => entitlements.importById(actorOf(req), req.params.id),
  });
  app.get('/api/entitlements', {
    schema: {
      tags,
      operationId: 'listEntitlements',
      summary: 'Entitlements by system, person, account or name',
      querystring: ZEntitlementListQuery,
      response: { 200: ZEntitlementPage, ...errors },
    },
    handler: async (req) => entitlements.list(actorOf(req), req.query),
  });
  app.get('/api/entitlements/unmatched-accounts', {
    schema: {
      tags,
      operationId: 'listUnmatchedAccounts',
      summary: 'Accounts matched to nobody (orphaned accounts are a finding)',
      querystring: ZUnmatchedAccountQuery,
      response: { 200: ZUnmatchedAccountPage, ...errors },
    },
    handler: async (req) => entitlements.unmatched(actorOf(req), req.query),
  });
  app.get('/api/entitlements/unmatched-accounts/export', {
    schema: {
      tags,
      operationId: 'exportUnmatchedAccounts',
      summary: 'Every account matched to nobody, as CSV',
      querystring: ZUnmatchedAccountQuery.pick({ assetId: true }),
      produces: [CONTENT_TYPES.csv],
      response: { 200: z.string().describe('The accounts'), ...errors },
    },
    handler: async (req, reply) => {
      const csv = await entitlements.exportUnmatched(actorOf(req), req.query);
      return sendDownload(reply, csv, CONTENT_TYPES.csv, 'unmatched-accounts.csv');
    },
  });
  app.post('/api/entitlements/accounts/:id/match', {
    schema: {
      tags,
      operationId: 'matchAccount',
      summary: 'Match an account to the person it belongs to (the ISM or an administrator of the system)',
      params: IdParams,
      body: ZMatchAccountRequest,
      response: { 200: ZUnmatchedAccount, ...errors },
    },
    handler: async (req) => entitlements.matchAccount(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.get('/api/toxic-rules', {
    schema: {
      tags,
      operationId: 'listToxicRules',
      summary: 'Toxic combinations: pairs of entitlements nobody may hold together',
      response: { 200: ZToxicRuleList, ...errors },
    },
    handler: async (req) => toxic.rules(actorOf(req)),
  });
  app.post('/api/toxic-rules', {
    schema: {
      tags,
      operationId: 'createToxicRule',
      summary: 'Define a toxic combination (the ISM)',
      body: ZToxicRuleRequest,
      response: { 201: ZToxicRule, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await toxic.create(actorOf(req), req.body, metaOf(req))),
  });
  app.put('/api/toxic-rules/:id', {
    schema: {
      tags,
      operationId: 'updateToxicRule',
      summary: 'Change or deactivate a toxic combination (the ISM)',
      params: IdParams,
      body: ZToxicRuleRequest,
      response: { 200: ZToxicRule, ...errors },
    },
    handler: async (req) => toxic.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/toxic-rules/conflicts', {
    schema: {
      tags,
      operationId: 'listToxicConflicts',
      summary: 'People holding both sides of an active toxic combination now',
      querystring: ZToxicConflictQuery,
      response: { 200: ZToxicConflictPage, ...errors },
    },
    handler: async (req) => toxic.conflicts(actorOf(req), req.query),
  });
  app.get('/api/toxic-rules/conflicts/export', {
    schema: {
      tags,
      operationId: 'exportToxicConflicts',
      summary: 'The toxic-combination report as CSV',
      querystring: ZToxicConflictQuery.pick({ ruleId: true, personId: true }),
      produces: [CONTENT_TYPES.csv],
      response: { 200: z.string().describe('The conflicts'), ...errors },
    },
    handler: async (req, reply) => {
      const csv = await toxic.exportConflicts(actorOf(req), req.query);
      return sendDownload(reply, csv, CONTENT_TYPES.csv, 'toxic-combinations.csv');
    },
  });
};
