import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk, ZProblem } from '../../../contracts/common.js';
import {
  ZCreateRaciProcessRequest,
  ZDeleteRaciProcessQuery,
  ZRaciExportQuery,
  ZRaciMatrix,
  ZRaciProcess,
  ZUpdateRaciProcessRequest,
} from '../../../contracts/raci.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { RaciService } from './responsibilities.raci.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });

export const raciRoutes: FastifyPluginAsyncZod<{ raci: RaciService }> = async (app, { raci }) => {
  app.get('/api/raci', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'getRaciMatrix',
      summary: 'The RACI matrix: ISMS processes (rows) × roles (columns)',
      response: { 200: ZRaciMatrix, ...errors },
    },
    handler: async (req) => raci.matrix(actorOf(req)),
  });

  app.get('/api/raci/export', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'exportRaciMatrix',
      summary: 'The RACI matrix as CSV or XLSX, with ISO references',
      querystring: ZRaciExportQuery,
      response: { 200: z.string().describe('text/csv or XLSX file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await raci.export(actorOf(req), req.query.format);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });

  app.post('/api/raci/processes', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'createRaciProcess',
      summary: 'Add a process to the RACI matrix (ISM); it needs exactly one Accountable role',
      body: ZCreateRaciProcessRequest,
      response: { 201: ZRaciProcess, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await raci.create(actorOf(req), req.body, metaOf(req))),
  });

  app.put('/api/raci/processes/:id', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'updateRaciProcess',
      summary: "Replace one process's row (ISM); refused unless exactly one role is Accountable",
      params: IdParams,
      body: ZUpdateRaciProcessRequest,
      response: { 200: ZRaciProcess, ...errors },
    },
    handler: async (req) => raci.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.delete('/api/raci/processes/:id', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'deleteRaciProcess',
      summary: 'Remove a process from the RACI matrix (ISM)',
      params: IdParams,
      querystring: ZDeleteRaciProcessQuery,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) => {
      await raci.remove(actorOf(req), req.params.id, req.query.version, metaOf(req));
      return { ok: true as const };
    },
  });
};
