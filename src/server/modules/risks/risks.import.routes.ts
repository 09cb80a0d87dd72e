import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import { ZRiskImportQuery, ZRiskImportResult } from '../../../contracts/risks.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { RiskImportService } from './risks.import.service.js';

const errors = {
  400: ZProblem,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  413: ZProblem,
  415: ZProblem,
};
const tags = ['risks'];

/** Import of an existing risk register: the file is the raw body, CSV or XLSX. */
export const riskImportRoutes: FastifyPluginAsyncZod<{ imports: RiskImportService; importMaxBytes: number }> = async (
  app,
  { imports, importMaxBytes },
) => {
  app.addContentTypeParser(
    ['text/csv', 'application/csv', CONTENT_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: importMaxBytes },
    (_req, body, done) => done(null, body),
  );

  app.get('/api/risks/import/template', {
    schema: {
      tags,
      operationId: 'getRiskImportTemplate',
      summary: 'A CSV template for importing risks, with one example row',
      produces: [CONTENT_TYPES.csv],
      response: { 200: z.string().describe('The template'), ...errors },
    },
    handler: async (req, reply) => {
      await imports.templateFor(actorOf(req));
      return sendDownload(reply, imports.template(), CONTENT_TYPES.csv, 'risk-import-template.csv');
    },
  });

  app.post('/api/risks/import', {
    bodyLimit: importMaxBytes,
    schema: {
      tags,
      operationId: 'importRisks',
      summary:
        'Import risks from a CSV or XLSX register: preview every row’s problems, then apply the previewed file (ISM)',
      querystring: ZRiskImportQuery,
      response: { 200: ZRiskImportResult, ...errors },
    },
    handler: async (req) => {
      const type = req.headers['content-type']?.split(';')[0]?.trim() ?? '';
      // A CSV sent as text/plain arrives as a string; anything else (JSON) is not a register file.
      const data = Buffer.isBuffer(req.body)
        ? req.body
        : typeof req.body === 'string'
          ? Buffer.from(req.body)
          : Buffer.alloc(0);
      return imports.run(
        actorOf(req),
        { data, kind: type === CONTENT_TYPES.xlsx ? 'xlsx' : 'csv' },
        req.query,
        metaOf(req),
      );
    },
  });
};
