import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZDocumentQuery,
  ZOrgChart,
  ZOrgChartQuery,
  ZPdfFile,
  ZRoleDocumentParams,
} from '../../../contracts/documents.js';
import { actorOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { DocumentsService } from './responsibilities.documents.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
const PDF = 'application/pdf';

export const documentsRoutes: FastifyPluginAsyncZod<{ documents: DocumentsService }> = async (app, { documents }) => {
  app.get('/api/org-chart', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'getOrgChart',
      summary: 'Reporting lines of active people with their ISMS role badges, a bounded part of the tree at a time',
      description:
        'Without rootPersonId: the top of the selection (the org unit, or the whole organisation) and `depth` levels ' +
        'below it. With rootPersonId: that person and their reports, to expand a collapsed branch. Nodes whose ' +
        'childCount is above childrenShown have more reports to fetch.',
      querystring: ZOrgChartQuery,
      response: { 200: ZOrgChart, ...errors },
    },
    handler: async (req) => documents.orgChart(actorOf(req), req.query),
  });

  app.get('/api/roles/:key/document.pdf', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'getRoleDocument',
      summary: 'The role as a printable job description (PDF) with its holders, deputies and RACI lines',
      params: ZRoleDocumentParams,
      querystring: ZDocumentQuery,
      produces: [PDF],
      response: { 200: ZPdfFile, ...errors },
    },
    handler: async (req, reply) => {
      const file = await documents.roleDocument(actorOf(req), req.params.key, req.query);
      return sendDownload(reply, file.body, PDF, file.fileName);
    },
  });

  app.get('/api/responsibilities/document.pdf', {
    schema: {
      tags: ['responsibilities'],
      operationId: 'getResponsibilitiesDocument',
      summary: 'The "Roles and responsibilities" document (PDF): the clause 5.3 evidence',
      description:
        'Every role with its responsibilities, decisions, holders, deputies and their acknowledgement, the RACI ' +
        'matrix, an acknowledgement summary and the vacant roles, as of a date.',
      querystring: ZDocumentQuery,
      produces: [PDF],
      response: { 200: ZPdfFile, ...errors },
    },
    handler: async (req, reply) => {
      const file = await documents.responsibilitiesDocument(actorOf(req), req.query);
      return sendDownload(reply, file.body, PDF, file.fileName);
    },
  });
};
