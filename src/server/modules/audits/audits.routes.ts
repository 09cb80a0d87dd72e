import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddAuditEvidenceLinkRequest,
  ZAddAuditorRequest,
  ZAudit,
  ZAuditEvidenceUploadQuery,
  ZAuditItem,
  ZAuditItemListQuery,
  ZAuditItemPage,
  ZAuditListQuery,
  ZAuditorIndependence,
  ZAuditPage,
  ZAuditProgramme,
  ZAuditScopeOptions,
  ZAuditScopeOptionsQuery,
  ZAuditVersionRequest,
  ZCancelAuditRequest,
  ZCreateAuditRequest,
  ZProgrammeCoverage,
  ZProgrammeCoverageQuery,
  ZRecordAuditResultRequest,
  ZSetProgrammeFrequencyRequest,
  ZSignOffAuditRequest,
  ZUpdateAuditProgrammeRequest,
  ZUpdateAuditRequest,
} from '../../../contracts/audits.js';
import { ZProblem } from '../../../contracts/common.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import { rawUploadRoutes, uploadedFile } from '../../http/raw-upload.js';
import type { AuditServices } from './audits.services.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
const AuditorParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });
const EvidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });
const tags = ['audits'];
const binary = z.string().meta({ format: 'binary' });

type Options = { services: AuditServices; evidenceMaxBytes: number };

/** The audit programme, audits, their teams and checklists, evidence and reports (9.2). */
export const auditRoutes: FastifyPluginAsyncZod<Options> = async (app, opts) => {
  const { audits, checklist, programme } = opts.services;

  app.get('/api/audits/programme', {
    schema: {
      tags,
      operationId: 'getAuditProgramme',
      summary: 'The multi-year internal audit programme',
      response: { 200: ZAuditProgramme, ...errors },
    },
    handler: async (req) => programme.get(actorOf(req)),
  });
  app.put('/api/audits/programme', {
    schema: {
      tags,
      operationId: 'updateAuditProgramme',
      summary: 'Set the programme period and how often clauses and controls are audited (ISM)',
      body: ZUpdateAuditProgrammeRequest,
      response: { 200: ZAuditProgramme, ...errors },
    },
    handler: async (req) => programme.update(actorOf(req), req.body, metaOf(req)),
  });
  app.put('/api/audits/programme/frequencies', {
    schema: {
      tags,
      operationId: 'setAuditProgrammeFrequency',
      summary: 'Audit one clause or control more or less often than the default, or return it to the default (ISM)',
      body: ZSetProgrammeFrequencyRequest,
      response: { 200: ZAuditProgramme, ...errors },
    },
    handler: async (req) => programme.setFrequency(actorOf(req), req.body, metaOf(req)),
  });
  app.get('/api/audits/programme/coverage', {
    schema: {
      tags,
      operationId: 'getAuditProgrammeCoverage',
      summary: 'Every clause 4-10 and applicable control: last audited, planned, due by, and whether it is overdue',
      querystring: ZProgrammeCoverageQuery,
      response: { 200: ZProgrammeCoverage, ...errors },
    },
    handler: async (req) => programme.coverage(actorOf(req), req.query),
  });
  app.get('/api/audits/programme/coverage/export', {
    schema: {
      tags,
      operationId: 'exportAuditProgrammeCoverage',
      summary: 'The programme coverage as CSV or XLSX',
      querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      produces: Object.values(CONTENT_TYPES),
      response: { 200: binary, ...errors },
    },
    handler: async (req, reply) => {
      const file = await programme.exportCoverage(actorOf(req), req.query.format);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });
  app.get('/api/audits/scope-options', {
    schema: {
      tags,
      operationId: 'listAuditScopeOptions',
      summary: 'What an audit can cover, of one type: clauses, controls of the SoA, org units or RACI processes',
      querystring: ZAuditScopeOptionsQuery,
      response: { 200: ZAuditScopeOptions, ...errors },
    },
    handler: async (req) => audits.scopeOptions(actorOf(req), req.query),
  });
  app.get('/api/audits', {
    schema: {
      tags,
      operationId: 'listAudits',
      summary: 'Audits, latest first',
      querystring: ZAuditListQuery,
      response: { 200: ZAuditPage, ...errors },
    },
    handler: async (req) => audits.list(actorOf(req), req.query),
  });
  app.post('/api/audits', {
    schema: {
      tags,
      operationId: 'createAudit',
      summary: 'Plan an audit with its scope, criteria and dates (ISM)',
      body: ZCreateAuditRequest,
      response: { 201: ZAudit, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await audits.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/audits/:id', {
    schema: {
      tags,
      operationId: 'getAudit',
      summary: 'One audit with its scope, team and what you may do',
      params: IdParams,
      response: { 200: ZAudit, ...errors },
    },
    handler: async (req) => audits.get(actorOf(req), req.params.id),
  });
  app.patch('/api/audits/:id', {
    schema: {
      tags,
      operationId: 'updateAudit',
      summary: 'Change a planned audit: title, dates, criteria, scope (ISM)',
      params: IdParams,
      body: ZUpdateAuditRequest,
      response: { 200: ZAudit, ...errors },
    },
    handler: async (req) => audits.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/audits/:id/independence', {
    schema: {
      tags,
      operationId: 'checkAuditorIndependence',
      summary: 'Whether a person is independent of the audit scope (SOD-01), and what they own, implement or run in it',
      params: IdParams,
      querystring: z.object({ personId: z.uuid() }),
      response: { 200: ZAuditorIndependence, ...errors },
    },
    handler: async (req) => audits.independence(actorOf(req), req.params.id, req.query.personId),
  });
  app.post('/api/audits/:id/auditors', {
    schema: {
      tags,
      operationId: 'addAuditor',
      summary: 'Put an independent auditor on the team (ISM); refused with SOD-01 naming the conflicts',
      params: IdParams,
      body: ZAddAuditorRequest,
      response: { 201: ZAudit, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await audits.addAuditor(actorOf(req), req.params.id, req.body, metaOf(req))),
  });
  app.delete('/api/audits/:id/auditors/:assignmentId', {
    schema: {
      tags,
      operationId: 'removeAuditor',
      summary: 'Take an auditor off the team (ISM)',
      params: AuditorParams,
      response: { 200: ZAudit, ...errors },
    },
    handler: async (req) => audits.removeAuditor(actorOf(req), req.params.id, req.params.assignmentId, metaOf(req)),
  });
  app.post('/api/audits/:id/start', {
    schema: {
      tags,
      operationId: 'startAudit',
      summary: 'Start the audit: its checklist is generated from the scope (ISM or lead auditor)',
      params: IdParams,
      body: ZAuditVersionRequest,
      response: { 200: ZAudit, ...errors },
    },
    handler: async (req) => audits.start(actorOf(req), req.params.id, req.body.version, metaOf(req)),
  });
  app.post('/api/audits/:id/sign-off', {
    schema: {
      tags,
      operationId: 'signOffAudit',
      summary: 'Sign the audit report off with a conclusion (the lead auditor, once every item has a result)',
      params: IdParams,
      body: ZSignOffAuditRequest,
      response: { 200: ZAudit, ...errors },
    },
    handler: async (req) => audits.signOff(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/audits/:id/cancel', {
    schema: {
      tags,
      operationId: 'cancelAudit',
      summary: 'Cancel a planned or running audit, with the reason (ISM)',
      params: IdParams,
      body: ZCancelAuditRequest,
      response: { 200: ZAudit, ...errors },
    },
    handler: async (req) => audits.cancel(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/audits/:id/report', {
    schema: {
      tags,
      operationId: 'getAuditReport',
      summary: 'The audit report (PDF) with scope, results, findings, nonconformities and sign-off',
      params: IdParams,
      produces: ['application/pdf'],
      response: { 200: binary, ...errors },
    },
    handler: async (req, reply) => {
      const file = await opts.services.report(actorOf(req), req.params.id);
      return sendDownload(reply, file.body, 'application/pdf', file.fileName);
    },
  });
  app.get('/api/audits/:id/items', {
    schema: {
      tags,
      operationId: 'listAuditItems',
      summary: 'The checklist of an audit, in order',
      params: IdParams,
      querystring: ZAuditItemListQuery,
      response: { 200: ZAuditItemPage, ...errors },
    },
    handler: async (req) => checklist.list(actorOf(req), req.params.id, req.query),
  });
  app.put('/api/audits/:id/items/:itemId', {
    schema: {
      tags,
      operationId: 'recordAuditResult',
      summary:
        "Record an item's result and notes (the audit's auditors); a nonconformity result raises a nonconformity",
      params: ItemParams,
      body: ZRecordAuditResultRequest,
      response: { 200: ZAuditItem, ...errors },
    },
    handler: async (req) => checklist.record(actorOf(req), req.params.id, req.params.itemId, req.body, metaOf(req)),
  });
  app.post('/api/audits/:id/items/:itemId/evidence/links', {
    schema: {
      tags,
      operationId: 'addAuditEvidenceLink',
      summary: 'Add a link as evidence to a checklist item',
      params: ItemParams,
      body: ZAddAuditEvidenceLinkRequest,
      response: { 201: ZAuditItem, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await checklist.addLink(actorOf(req), req.params.id, req.params.itemId, req.body, metaOf(req))),
  });
  app.get('/api/audits/:id/evidence/:evidenceId/file', {
    schema: {
      tags,
      operationId: 'downloadAuditEvidence',
      summary: 'Download an audit evidence file (checked against its SHA-256 first)',
      params: EvidenceParams,
      response: { 200: binary, ...errors },
    },
    handler: async (req, reply) => {
      const file = await checklist.download(actorOf(req), req.params.id, req.params.evidenceId);
      reply.header('x-content-type-options', 'nosniff');
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });

  await rawUploadRoutes(app, opts.evidenceMaxBytes, (upload) =>
    upload.post('/api/audits/:id/items/:itemId/evidence', {
      bodyLimit: opts.evidenceMaxBytes,
      schema: {
        tags,
        operationId: 'uploadAuditEvidence',
        summary: `Upload a file as evidence for a checklist item: the raw file as the body, its name in fileName (at most ${Math.round(opts.evidenceMaxBytes / 1048576)} MB)`,
        params: ItemParams,
        querystring: ZAuditEvidenceUploadQuery,
        response: { 201: ZAuditItem, ...errors, 413: ZProblem, 415: ZProblem },
      },
      handler: async (req, reply) =>
        reply
          .code(201)
          .send(
            await checklist.uploadEvidence(
              actorOf(req),
              req.params.id,
              req.params.itemId,
              uploadedFile(req),
              req.query,
              metaOf(req),
            ),
          ),
    }),
  );
};
