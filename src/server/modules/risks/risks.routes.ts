import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk, ZProblem } from '../../../contracts/common.js';
import { ZPdfFile } from '../../../contracts/documents.js';
import {
  ZAcceptRiskRequest,
  ZApprovePlanRequest,
  ZAssessRiskRequest,
  ZChangeRiskMethodRequest,
  ZCloseRiskRequest,
  ZCreateRiskRequest,
  ZHeatmap,
  ZHeatmapQuery,
  ZPostRiskUpdateRequest,
  ZRisk,
  ZRiskActionListQuery,
  ZRiskActionPage,
  ZRiskActionRequest,
  ZRiskAssessmentPage,
  ZRiskBreakdown,
  ZRiskExportQuery,
  ZRiskFilterQuery,
  ZRiskListQuery,
  ZRiskMethod,
  ZRiskMethodVersionPage,
  ZRiskPage,
  ZRiskUpdate,
  ZRiskUpdateFeedQuery,
  ZRiskUpdatePage,
  ZRiskView,
  ZRiskViewList,
  ZSaveRiskViewRequest,
  ZSetTreatmentRequest,
  ZUpdateRiskActionRequest,
  ZUpdateRiskRequest,
} from '../../../contracts/risks.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { RiskDecisionService } from './risks.decisions.service.js';
import type { RiskReportService } from './risks.reports.service.js';
import type { RiskService } from './risks.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const ActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
const tags = ['risks'];
const PDF = 'application/pdf';

type Options = { risks: RiskService; decisions: RiskDecisionService; reports: RiskReportService };

/** Risk management: the method, the register and its views, and the decisions on one risk. */
export const riskRoutes: FastifyPluginAsyncZod<Options> = async (app, { risks, decisions, reports }) => {
  app.get('/api/risks/method', {
    schema: {
      tags,
      operationId: 'getRiskMethod',
      summary: 'The current risk method',
      response: { 200: ZRiskMethod, ...errors },
    },
    handler: async (req) => risks.method(actorOf(req)),
  });
  app.get('/api/risks/method/versions', {
    schema: {
      tags,
      operationId: 'listRiskMethodVersions',
      summary: 'Every version of the risk method, newest first',
      querystring: PageQuery,
      response: { 200: ZRiskMethodVersionPage, ...errors },
    },
    handler: async (req) => risks.methodVersions(actorOf(req), req.query),
  });
  app.put('/api/risks/method', {
    schema: {
      tags,
      operationId: 'changeRiskMethod',
      summary: 'Change the risk method: a new version; assessments keep the version they used (ISM)',
      body: ZChangeRiskMethodRequest,
      response: { 200: ZRiskMethod, ...errors },
    },
    handler: async (req) => risks.changeMethod(actorOf(req), req.body, metaOf(req)),
  });

  app.get('/api/risks', {
    schema: {
      tags,
      operationId: 'listRisks',
      summary: 'The risk register: filtered, searched and sorted on the server',
      querystring: ZRiskListQuery,
      response: { 200: ZRiskPage, ...errors },
    },
    handler: async (req) => risks.list(actorOf(req), req.query),
  });
  app.post('/api/risks', {
    schema: {
      tags,
      operationId: 'createRisk',
      summary: 'Identify a risk (the ISM, or a risk owner in their org units)',
      body: ZCreateRiskRequest,
      response: { 201: ZRisk, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await risks.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/risks/export', {
    schema: {
      tags,
      operationId: 'exportRisks',
      summary: 'The register (with the same filters) as CSV or XLSX',
      querystring: ZRiskExportQuery,
      produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
      response: { 200: z.string().describe('The register file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await risks.exportRegister(actorOf(req), req.query, req.query.format);
      return sendDownload(reply, file.body, CONTENT_TYPES[req.query.format], file.fileName);
    },
  });
  app.get('/api/risks/report.pdf', {
    schema: {
      tags,
      operationId: 'exportRiskReport',
      summary: 'The risk assessment report (PDF): method, heat maps, and every risk the filters match',
      querystring: ZRiskFilterQuery,
      produces: [PDF],
      response: { 200: ZPdfFile, ...errors },
    },
    handler: async (req, reply) => {
      const file = await reports.assessmentReport(actorOf(req), req.query);
      return sendDownload(reply, file.body, PDF, file.fileName);
    },
  });
  app.get('/api/risks/heatmap', {
    schema: {
      tags,
      operationId: 'getRiskHeatmap',
      summary: 'Open risks per likelihood × impact cell, inherent or residual',
      querystring: ZHeatmapQuery,
      response: { 200: ZHeatmap, ...errors },
    },
    handler: async (req) => risks.heatmap(actorOf(req), req.query),
  });
  app.get('/api/risks/breakdown', {
    schema: {
      tags,
      operationId: 'getRiskBreakdown',
      summary: 'Open risks per org unit, owner and level, with totals',
      querystring: ZRiskFilterQuery,
      response: { 200: ZRiskBreakdown, ...errors },
    },
    handler: async (req) => risks.breakdown(actorOf(req), req.query),
  });
  app.get('/api/risks/actions', {
    schema: {
      tags,
      operationId: 'listRiskActions',
      summary: 'Treatment actions across risks, by due date (overdue ones, or one person’s)',
      querystring: ZRiskActionListQuery,
      response: { 200: ZRiskActionPage, ...errors },
    },
    handler: async (req) => decisions.actions(actorOf(req), req.query),
  });
  app.get('/api/risks/updates', {
    schema: {
      tags,
      operationId: 'listRiskUpdateFeed',
      summary: 'Status updates and concerns across risks, newest first',
      querystring: ZRiskUpdateFeedQuery,
      response: { 200: ZRiskUpdatePage, ...errors },
    },
    handler: async (req) => decisions.feed(actorOf(req), req.query),
  });
  app.get('/api/risks/views', {
    schema: {
      tags,
      operationId: 'listRiskViews',
      summary: 'Your saved views of the register',
      response: { 200: ZRiskViewList, ...errors },
    },
    handler: async (req) => risks.views(actorOf(req)),
  });
  app.post('/api/risks/views', {
    schema: {
      tags,
      operationId: 'saveRiskView',
      summary: 'Save the current filters and sort as a named view',
      body: ZSaveRiskViewRequest,
      response: { 201: ZRiskView, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await risks.saveView(actorOf(req), req.body)),
  });
  app.delete('/api/risks/views/:id', {
    schema: {
      tags,
      operationId: 'deleteRiskView',
      summary: 'Delete one of your saved views',
      params: IdParams,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) => risks.deleteView(actorOf(req), req.params.id),
  });

  app.get('/api/risks/:id', {
    schema: {
      tags,
      operationId: 'getRisk',
      summary: 'One risk with its plan, acceptance and what you may do',
      params: IdParams,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => risks.get(actorOf(req), req.params.id),
  });
  app.patch('/api/risks/:id', {
    schema: {
      tags,
      operationId: 'updateRisk',
      summary: 'Change a risk’s description (its owner or the ISM)',
      params: IdParams,
      body: ZUpdateRiskRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => risks.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/risks/:id/close', {
    schema: {
      tags,
      operationId: 'closeRisk',
      summary: 'Close a risk that no longer applies',
      params: IdParams,
      body: ZCloseRiskRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => risks.close(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/risks/:id/reopen', {
    schema: {
      tags,
      operationId: 'reopenRisk',
      summary: 'Reopen a closed risk',
      params: IdParams,
      body: ZCloseRiskRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => risks.close(actorOf(req), req.params.id, req.body, metaOf(req), true),
  });
  app.post('/api/risks/:id/assess', {
    schema: {
      tags,
      operationId: 'assessRisk',
      summary: 'Assess a risk: inherent and residual likelihood × impact (its owner or the ISM)',
      params: IdParams,
      body: ZAssessRiskRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => decisions.assess(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/risks/:id/assessments', {
    schema: {
      tags,
      operationId: 'listRiskAssessments',
      summary: 'Every assessment of a risk, newest first, with the method version it used',
      params: IdParams,
      querystring: PageQuery,
      response: { 200: ZRiskAssessmentPage, ...errors },
    },
    handler: async (req) => decisions.assessments(actorOf(req), req.params.id, req.query),
  });
  app.put('/api/risks/:id/treatment', {
    schema: {
      tags,
      operationId: 'setRiskTreatment',
      summary: 'Choose how to treat a risk: modify, retain, avoid or share',
      params: IdParams,
      body: ZSetTreatmentRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => decisions.setTreatment(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/risks/:id/actions', {
    schema: {
      tags,
      operationId: 'addRiskAction',
      summary: 'Add a treatment action (the plan then needs approving again)',
      params: IdParams,
      body: ZRiskActionRequest,
      response: { 201: ZRisk, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await decisions.addAction(actorOf(req), req.params.id, req.body, metaOf(req))),
  });
  app.patch('/api/risks/:id/actions/:actionId', {
    schema: {
      tags,
      operationId: 'updateRiskAction',
      summary: 'Change a treatment action; its owner may move its status along',
      params: ActionParams,
      body: ZUpdateRiskActionRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) =>
      decisions.updateAction(actorOf(req), req.params.id, req.params.actionId, req.body, metaOf(req)),
  });
  app.delete('/api/risks/:id/actions/:actionId', {
    schema: {
      tags,
      operationId: 'deleteRiskAction',
      summary: 'Remove a treatment action',
      params: ActionParams,
      querystring: z.object({ version: z.coerce.number().int() }),
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) =>
      decisions.deleteAction(actorOf(req), req.params.id, req.params.actionId, req.query.version, metaOf(req)),
  });
  app.post('/api/risks/:id/plan/approve', {
    schema: {
      tags,
      operationId: 'approveRiskPlan',
      summary: 'Approve the treatment plan as it stands (the risk owner, 6.1.3 f)',
      params: IdParams,
      body: ZApprovePlanRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => decisions.approvePlan(actorOf(req), req.params.id, req.body.planVersion, metaOf(req)),
  });
  app.post('/api/risks/:id/accept', {
    schema: {
      tags,
      operationId: 'acceptRisk',
      summary: 'Accept the residual risk: its owner within appetite, Top Management above it (SOD-09)',
      params: IdParams,
      body: ZAcceptRiskRequest,
      response: { 200: ZRisk, ...errors },
    },
    handler: async (req) => decisions.accept(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/risks/:id/updates', {
    schema: {
      tags,
      operationId: 'listRiskUpdates',
      summary: 'Status updates and concerns posted on a risk, newest first',
      params: IdParams,
      querystring: PageQuery,
      response: { 200: ZRiskUpdatePage, ...errors },
    },
    handler: async (req) => decisions.updates(actorOf(req), req.params.id, req.query),
  });
  app.post('/api/risks/:id/updates', {
    schema: {
      tags,
      operationId: 'postRiskUpdate',
      summary: 'Post a status update or raise a concern (the ISM is told)',
      params: IdParams,
      body: ZPostRiskUpdateRequest,
      response: { 201: ZRiskUpdate, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await decisions.postUpdate(actorOf(req), req.params.id, req.body, metaOf(req))),
  });
  app.get('/api/risks/:id/treatment-plan.pdf', {
    schema: {
      tags,
      operationId: 'exportRiskTreatmentPlan',
      summary: 'The risk treatment plan as PDF, with its approval and acceptance record',
      params: IdParams,
      produces: [PDF],
      response: { 200: ZPdfFile, ...errors },
    },
    handler: async (req, reply) => {
      const file = await reports.treatmentPlan(actorOf(req), req.params.id);
      return sendDownload(reply, file.body, PDF, file.fileName);
    },
  });
};
