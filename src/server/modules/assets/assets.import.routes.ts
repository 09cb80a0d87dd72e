import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAssetImportQuery, ZAssetImportResult } from '../../../contracts/assets.js';
import { ZProblem } from '../../../contracts/common.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import { bufferFile, type AssetImportService } from './assets.import.service.js';

const errors = {
  400: ZProblem,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  413: ZProblem,
  415: ZProblem,
};
const tags = ['assets'];

/** Import of a CMDB export: the file is the raw body, CSV or XLSX. */
export const assetImportRoutes: FastifyPluginAsyncZod<{ imports: AssetImportService; importMaxBytes: number }> = async (
  app,
  { imports, importMaxBytes },
) => {
  app.addContentTypeParser(
    ['text/csv', 'application/csv', CONTENT_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: importMaxBytes },
    (_req, body, done) => done(null, body),
  );

  app.get('/api/assets/import/template', {
    schema: {
      tags,
      operationId: 'getAssetImportTemplate',
      summary: 'A CSV template for importing assets from a CMDB, with two example rows',
      produces: [CONTENT_TYPES.csv],
      response: { 200: z.string().describe('The template'), ...errors },
    },
    handler: async (req, reply) => {
      await imports.templateFor(actorOf(req));
      return sendDownload(reply, imports.template(), CONTENT_TYPES.csv, 'asset-import-template.csv');
    },
  });

  app.post('/api/assets/import', {
    bodyLimit: importMaxBytes,
    schema: {
      tags,
      operationId: 'importAssets',
      summary:
        'Import assets from a CMDB export (CSV or XLSX): preview every row’s problems, then apply the previewed file; rows whose CMDB id is in the inventory update it (ISM)',
      querystring: ZAssetImportQuery,
      response: { 200: ZAssetImportResult, ...errors },
    },
    handler: async (req) => {
      const type = req.headers['content-type']?.split(';')[0]?.trim() ?? '';
      // A CSV sent as text/plain arrives as a string; anything else (JSON) is not a CMDB file.
      const data = Buffer.isBuffer(req.body)
        ? req.body
        : typeof req.body === 'string'
          ? Buffer.from(req.body)
          : Buffer.alloc(0);
      return imports.run(
        actorOf(req),
        bufferFile(data, type === CONTENT_TYPES.xlsx ? 'xlsx' : 'csv'),
        req.query,
        metaOf(req),
      );
    },
  });
};
