import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZAddCommunicationRequest,
  ZAddIncidentLinkRequest,
  ZAddTimelineEntryRequest,
  ZCloseIncidentRequest,
  ZCompletePhaseRequest,
  ZHandlerOptions,
  ZIncident,
  ZIncidentAttachment,
  ZIncidentAttachmentUploadQuery,
  ZIncidentExportQuery,
  ZIncidentLinkType,
  ZIncidentListQuery,
  ZIncidentMetrics,
  ZIncidentMetricsQuery,
  ZIncidentPage,
  ZIncidentSettings,
  ZMyIncidentReport,
  ZMyIncidentReportPage,
  ZMyReportsQuery,
  ZReportIncidentRequest,
  ZSetIncidentHandlerRequest,
  ZTriageIncidentRequest,
  ZUpdateIncidentRequest,
  ZUpdateIncidentSettingsRequest,
} from '../../../contracts/incidents.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import { rawUploadRoutes, uploadedFile } from '../../http/raw-upload.js';
import type { IncidentServices } from './incidents.services.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const AttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const LinkParams = z.object({ id: z.uuid(), type: ZIncidentLinkType, targetId: z.uuid() });
const HandlerOptionsQuery = z.object({
  incidentId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
});
const binary = z.string().meta({ format: 'binary' });
const tags = ['incidents'];
const one = { 200: ZIncident, ...errors };

type Options = { services: IncidentServices; attachmentMaxBytes: number };

/** Incident reporting, triage, response and closure (Annex A 5.24-5.28, 6.8). */
export const incidentRoutes: FastifyPluginAsyncZod<Options> = async (app, opts) => {
  const { incidents, response, settings } = opts.services;

  app.post('/api/incidents', {
    schema: {
      tags,
      operationId: 'reportIncident',
      summary:
        'Report a security event or incident (anyone; optionally confidential: only the ISM sees who reported it)',
      body: ZReportIncidentRequest,
      response: { 201: ZMyIncidentReport, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await incidents.report(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/incidents/mine', {
    schema: {
      tags,
      operationId: 'listMyIncidentReports',
      summary: 'The reports the caller made, newest first, with their status and outcome',
      querystring: ZMyReportsQuery,
      response: { 200: ZMyIncidentReportPage, ...errors },
    },
    handler: async (req) => incidents.mine(actorOf(req), req.query),
  });
  app.get('/api/incidents/mine/:id', {
    schema: {
      tags,
      operationId: 'getMyIncidentReport',
      summary: "One of the caller's own reports",
      params: IdParams,
      response: { 200: ZMyIncidentReport, ...errors },
    },
    handler: async (req) => incidents.getMine(actorOf(req), req.params.id),
  });
  app.get('/api/incidents', {
    schema: {
      tags,
      operationId: 'listIncidents',
      summary:
        'The incident register, filtered, sorted and paged on the server (a handler who may not read the register sees the incidents they handle)',
      querystring: ZIncidentListQuery,
      response: { 200: ZIncidentPage, ...errors },
    },
    handler: async (req) => incidents.list(actorOf(req), req.query),
  });
  app.get('/api/incidents/export', {
    schema: {
      tags,
      operationId: 'exportIncidents',
      summary: 'The incident register as CSV or XLSX, same filters as the list',
      querystring: ZIncidentExportQuery,
      produces: Object.values(CONTENT_TYPES),
      response: { 200: binary, ...errors },
    },
    handler: async (req, reply) => {
      const file = await opts.services.export(actorOf(req), req.query);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });
  app.get('/api/incidents/metrics', {
    schema: {
      tags,
      operationId: 'getIncidentMetrics',
      summary: 'Time to triage, contain and close by severity, and incidents per category and month',
      querystring: ZIncidentMetricsQuery,
      response: { 200: ZIncidentMetrics, ...errors },
    },
    handler: async (req) => opts.services.metrics(actorOf(req), req.query.months),
  });
  app.get('/api/incidents/settings', {
    schema: {
      tags,
      operationId: 'getIncidentSettings',
      summary: 'Response deadlines: triage, containment and resolution by severity, closure after recovery',
      response: { 200: ZIncidentSettings, ...errors },
    },
    handler: async (req) => settings.get(actorOf(req)),
  });
  app.put('/api/incidents/settings', {
    schema: {
      tags,
      operationId: 'updateIncidentSettings',
      summary: 'Set the response deadlines (the ISM or an incident manager); running clocks keep theirs',
      body: ZUpdateIncidentSettingsRequest,
      response: { 200: ZIncidentSettings, ...errors },
    },
    handler: async (req) => settings.update(actorOf(req), req.body, metaOf(req)),
  });
  app.get('/api/incidents/handler-options', {
    schema: {
      tags,
      operationId: 'listIncidentHandlerOptions',
      summary: 'Whom to make the handler: system administrators of the affected assets first',
      querystring: HandlerOptionsQuery,
      response: { 200: ZHandlerOptions, ...errors },
    },
    handler: async (req) => settings.handlerOptions(actorOf(req), req.query),
  });
  app.get('/api/incidents/:id', {
    schema: { tags, operationId: 'getIncident', summary: 'One incident', params: IdParams, response: one },
    handler: async (req) => incidents.get(actorOf(req), req.params.id),
  });
  app.patch('/api/incidents/:id', {
    schema: {
      tags,
      operationId: 'updateIncident',
      summary: 'Edit an incident; a new severity moves its response deadlines',
      params: IdParams,
      body: ZUpdateIncidentRequest,
      response: one,
    },
    handler: async (req) => incidents.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/incidents/:id/triage', {
    schema: {
      tags,
      operationId: 'triageIncident',
      summary:
        'Triage a report: an event (closed, the reporter told why) or an incident with severity, category and handler',
      params: IdParams,
      body: ZTriageIncidentRequest,
      response: one,
    },
    handler: async (req) => incidents.triage(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.put('/api/incidents/:id/handler', {
    schema: {
      tags,
      operationId: 'setIncidentHandler',
      summary: 'Assign or remove the Incident Handler (in the responsibility ledger)',
      params: IdParams,
      body: ZSetIncidentHandlerRequest,
      response: one,
    },
    handler: async (req) => incidents.setHandler(actorOf(req), req.params.id, req.body.personId, metaOf(req)),
  });
  app.post('/api/incidents/:id/timeline', {
    schema: {
      tags,
      operationId: 'addIncidentTimelineEntry',
      summary: 'Add a note or an action taken to the timeline',
      params: IdParams,
      body: ZAddTimelineEntryRequest,
      response: one,
    },
    handler: async (req) => response.addTimelineEntry(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/incidents/:id/phases', {
    schema: {
      tags,
      operationId: 'completeIncidentPhase',
      summary: 'Complete the phase under way (contain, eradicate, recover) with what was done',
      params: IdParams,
      body: ZCompletePhaseRequest,
      response: one,
    },
    handler: async (req) => response.completePhase(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/incidents/:id/communications', {
    schema: {
      tags,
      operationId: 'addIncidentCommunication',
      summary: 'Log a communication with an authority, customers, data subjects or others',
      params: IdParams,
      body: ZAddCommunicationRequest,
      response: one,
    },
    handler: async (req) => response.addCommunication(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/incidents/:id/links', {
    schema: {
      tags,
      operationId: 'addIncidentLink',
      summary: 'Link an asset, risk or nonconformity',
      params: IdParams,
      body: ZAddIncidentLinkRequest,
      response: one,
    },
    handler: async (req) => response.addLink(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.delete('/api/incidents/:id/links/:type/:targetId', {
    schema: {
      tags,
      operationId: 'removeIncidentLink',
      summary: 'Remove a link',
      params: LinkParams,
      response: one,
    },
    handler: async (req) =>
      response.removeLink(actorOf(req), req.params.id, req.params.type, req.params.targetId, metaOf(req)),
  });
  app.post('/api/incidents/:id/close', {
    schema: {
      tags,
      operationId: 'closeIncident',
      summary: 'Close a resolved incident with its lessons learned; the reporter is told the outcome',
      params: IdParams,
      body: ZCloseIncidentRequest,
      response: one,
    },
    handler: async (req) => incidents.close(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/incidents/:id/report', {
    schema: {
      tags,
      operationId: 'getIncidentReport',
      summary: 'The incident report as PDF (marked as not final until closed)',
      params: IdParams,
      produces: ['application/pdf'],
      response: { 200: binary, ...errors },
    },
    handler: async (req, reply) => {
      const file = await opts.services.report(actorOf(req), req.params.id);
      return sendDownload(reply, file.body, 'application/pdf', file.fileName);
    },
  });
  app.get('/api/incidents/:id/attachments/:attachmentId', {
    schema: {
      tags,
      operationId: 'downloadIncidentAttachment',
      summary: 'Download a file of an incident (checked against its SHA-256 first)',
      params: AttachmentParams,
      response: { 200: binary, ...errors },
    },
    handler: async (req, reply) => {
      const file = await response.download(actorOf(req), req.params.id, req.params.attachmentId);
      reply.header('x-content-type-options', 'nosniff');
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });
  await rawUploadRoutes(app, opts.attachmentMaxBytes, (upload) =>
    upload.post('/api/incidents/:id/attachments', {
      bodyLimit: opts.attachmentMaxBytes,
      schema: {
        tags,
        operationId: 'uploadIncidentAttachment',
        summary: `Attach a file: the raw file as the body, its name in fileName (at most ${Math.round(opts.attachmentMaxBytes / 1048576)} MB); the reporter while it awaits triage, else its responders`,
        params: IdParams,
        querystring: ZIncidentAttachmentUploadQuery,
        response: { 201: ZIncidentAttachment, ...errors, 413: ZProblem, 415: ZProblem },
      },
      handler: async (req, reply) =>
        reply
          .code(201)
          .send(
            await response.uploadAttachment(actorOf(req), req.params.id, uploadedFile(req), req.query, metaOf(req)),
          ),
    }),
  );
};
