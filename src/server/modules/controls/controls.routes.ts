import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZAddImplementerRequest,
  ZApproveSoaRequest,
  ZClauseList,
  ZControl,
  ZControlListQuery,
  ZControlPage,
  ZControlProgress,
  ZCreateControlRequest,
  ZSetApplicabilityRequest,
  ZSetControlLinksRequest,
  ZSetControlOwnerRequest,
  ZSoaExportQuery,
  ZSoaStatus,
  ZSoaVersion,
  ZSoaVersionPage,
  ZUpdateControlRequest,
} from '../../../contracts/controls.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { ControlService } from './controls.service.js';
import { SOA_CONTENT_TYPES } from './controls.soa.reports.js';
import type { SoaService } from './controls.soa.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const ImplementerParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });
const NumberParams = z.object({ number: z.coerce.number().int().min(1) });
const VersionListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(512).optional(),
});
const tags = ['controls'];
const download = { produces: Object.values(SOA_CONTENT_TYPES), response: { 200: z.string(), ...errors } };

/** Controls (Annex A and custom), their SoA decisions, owners, implementers and links; SoA versions. */
export const controlRoutes: FastifyPluginAsyncZod<{ controls: ControlService; soa: SoaService }> = async (
  app,
  { controls, soa },
) => {
  app.get('/api/controls', {
    schema: {
      tags,
      operationId: 'listControls',
      summary: 'Controls with owner, implementers and health: filtered, searched and sorted on the server',
      querystring: ZControlListQuery,
      response: { 200: ZControlPage, ...errors },
    },
    handler: async (req) => controls.list(actorOf(req), req.query),
  });
  app.get('/api/controls/progress', {
    schema: {
      tags,
      operationId: 'getControlProgress',
      summary: 'How far the SoA and the implementation are, by applicability, status, health and theme',
      response: { 200: ZControlProgress, ...errors },
    },
    handler: async (req) => controls.progress(actorOf(req)),
  });
  app.get('/api/controls/clauses', {
    schema: {
      tags,
      operationId: 'listClauses',
      summary: 'Clauses 4-10 of ISO/IEC 27001 with what an auditor expects to see',
      response: { 200: ZClauseList, ...errors },
    },
    handler: async (req) => controls.clauses(actorOf(req)),
  });
  app.post('/api/controls', {
    schema: {
      tags,
      operationId: 'createControl',
      summary: 'Add a custom control (ISM)',
      body: ZCreateControlRequest,
      response: { 201: ZControl, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await controls.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/controls/:id', {
    schema: {
      tags,
      operationId: 'getControl',
      summary: 'One control with its SoA decision, owner, implementers, links, health and what you may do',
      params: IdParams,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) => controls.get(actorOf(req), req.params.id),
  });
  app.patch('/api/controls/:id', {
    schema: {
      tags,
      operationId: 'updateControl',
      summary:
        'Change implementation status and note (owner or ISM); title, theme, description of custom controls (ISM)',
      params: IdParams,
      body: ZUpdateControlRequest,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) => controls.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.put('/api/controls/:id/applicability', {
    schema: {
      tags,
      operationId: 'setControlApplicability',
      summary: 'Decide whether the control is applicable, with reasons or a justification (ISM)',
      params: IdParams,
      body: ZSetApplicabilityRequest,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) => controls.setApplicability(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.put('/api/controls/:id/owner', {
    schema: {
      tags,
      operationId: 'setControlOwner',
      summary: "Set or end the control's owner in the responsibility ledger (ISM)",
      params: IdParams,
      body: ZSetControlOwnerRequest,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) => controls.setOwner(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/controls/:id/implementers', {
    schema: {
      tags,
      operationId: 'addControlImplementer',
      summary: 'Add a system administrator who implements the control (ISM)',
      params: IdParams,
      body: ZAddImplementerRequest,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) => controls.addImplementer(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.delete('/api/controls/:id/implementers/:assignmentId', {
    schema: {
      tags,
      operationId: 'removeControlImplementer',
      summary: "End an implementer's assignment for the control (ISM)",
      params: ImplementerParams,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) =>
      controls.removeImplementer(actorOf(req), req.params.id, req.params.assignmentId, metaOf(req)),
  });
  app.put('/api/controls/:id/links', {
    schema: {
      tags,
      operationId: 'setControlLinks',
      summary: 'Set the risks the control treats and the treatment actions that implement it (ISM)',
      params: IdParams,
      body: ZSetControlLinksRequest,
      response: { 200: ZControl, ...errors },
    },
    handler: async (req) => controls.setLinks(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.get('/api/soa', {
    schema: {
      tags,
      operationId: 'getSoaStatus',
      summary: 'The Statement of Applicability: latest approved version, undecided and changed controls',
      response: { 200: ZSoaStatus, ...errors },
    },
    handler: async (req) => soa.status(actorOf(req)),
  });
  app.get('/api/soa/export', {
    schema: {
      tags,
      operationId: 'exportSoa',
      summary: 'The current SoA (a working draft) as CSV, XLSX or PDF',
      querystring: ZSoaExportQuery,
      ...download,
    },
    handler: async (req, reply) => {
      const file = await soa.export(actorOf(req), req.query);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });
  app.post('/api/soa/versions', {
    schema: {
      tags,
      operationId: 'approveSoa',
      summary: 'Approve the SoA as it stands as the next version; every control must be decided (ISM)',
      body: ZApproveSoaRequest,
      response: { 201: ZSoaVersion, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await soa.approve(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/soa/versions', {
    schema: {
      tags,
      operationId: 'listSoaVersions',
      summary: 'Approved versions of the SoA, newest first',
      querystring: VersionListQuery,
      response: { 200: ZSoaVersionPage, ...errors },
    },
    handler: async (req) => soa.versions(actorOf(req), req.query),
  });
  app.get('/api/soa/versions/:number', {
    schema: {
      tags,
      operationId: 'getSoaVersion',
      summary: 'One approved version of the SoA with its frozen rows',
      params: NumberParams,
      response: { 200: ZSoaVersion, ...errors },
    },
    handler: async (req) => soa.version(actorOf(req), req.params.number),
  });
  app.get('/api/soa/versions/:number/export', {
    schema: {
      tags,
      operationId: 'exportSoaVersion',
      summary: 'An approved version of the SoA as CSV, XLSX or PDF',
      params: NumberParams,
      querystring: ZSoaExportQuery,
      ...download,
    },
    handler: async (req, reply) => {
      const file = await soa.export(actorOf(req), req.query, req.params.number);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });
};
