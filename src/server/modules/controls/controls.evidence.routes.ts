import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZAddEvidenceLinkRequest,
  ZEvidence,
  ZEvidenceListQuery,
  ZEvidencePage,
  ZUploadEvidenceQuery,
} from '../../../contracts/controls.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import { rawUploadRoutes, uploadedFile } from '../../http/raw-upload.js';
import type { EvidenceService } from './controls.evidence.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const ControlParams = z.object({ id: z.uuid() });
const EvidenceParams = ControlParams.extend({ evidenceId: z.uuid() });
const tags = ['controls'];

type Options = { evidence: EvidenceService; evidenceMaxBytes: number };

/** Evidence of a control: file uploads and links, listed by state, downloaded, archived. */
export const evidenceRoutes: FastifyPluginAsyncZod<Options> = async (app, opts) => {
  const { evidence } = opts;

  app.get('/api/controls/:id/evidence', {
    schema: {
      tags,
      operationId: 'listControlEvidence',
      summary: 'Evidence of a control, newest first: current (default), valid, expired, archived or all',
      params: ControlParams,
      querystring: ZEvidenceListQuery,
      response: { 200: ZEvidencePage, ...errors },
    },
    handler: async (req) => evidence.list(actorOf(req), req.params.id, req.query),
  });

  app.post('/api/controls/:id/evidence/links', {
    schema: {
      tags,
      operationId: 'addControlEvidenceLink',
      summary: "Add a link as evidence (the ISM, the control's owner or its system administrators)",
      params: ControlParams,
      body: ZAddEvidenceLinkRequest,
      response: { 201: ZEvidence, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await evidence.addLink(actorOf(req), req.params.id, req.body, metaOf(req))),
  });

  app.get('/api/controls/:id/evidence/:evidenceId/file', {
    schema: {
      tags,
      operationId: 'downloadControlEvidence',
      summary: 'Download an evidence file (checked against its SHA-256 first)',
      params: EvidenceParams,
      response: { 200: z.string().meta({ format: 'binary' }).describe('The file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await evidence.download(actorOf(req), req.params.id, req.params.evidenceId);
      // Never rendered by the browser as something else than the type it was recognised as.
      reply.header('x-content-type-options', 'nosniff');
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });

  app.post('/api/controls/:id/evidence/:evidenceId/archive', {
    schema: {
      tags,
      operationId: 'archiveControlEvidence',
      summary: "Archive evidence: it leaves the current set and stays on record (the ISM or the control's owner)",
      params: EvidenceParams,
      response: { 200: ZEvidence, ...errors },
    },
    handler: async (req) => evidence.archive(actorOf(req), req.params.id, req.params.evidenceId, metaOf(req)),
  });

  // Uploads carry the file itself as the body, whatever its type; only this route parses them.
  await rawUploadRoutes(app, opts.evidenceMaxBytes, (upload) =>
    upload.post('/api/controls/:id/evidence', {
      bodyLimit: opts.evidenceMaxBytes,
      schema: {
        tags,
        operationId: 'uploadControlEvidence',
        summary: `Upload a file as evidence: the raw file as the body, its name in fileName (at most ${Math.round(opts.evidenceMaxBytes / 1048576)} MB; PDF, images, Office documents, zip or plain text, recognised from the content)`,
        params: ControlParams,
        querystring: ZUploadEvidenceQuery,
        response: { 201: ZEvidence, ...errors, 413: ZProblem, 415: ZProblem },
      },
      handler: async (req, reply) =>
        reply
          .code(201)
          .send(await evidence.upload(actorOf(req), req.params.id, uploadedFile(req), req.query, metaOf(req))),
    }),
  );
};
