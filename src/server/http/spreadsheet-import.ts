import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../contracts/common.js';
import type { Actor } from '../core/actor.js';
import type { CallMeta } from '../core/deps.js';
import { CONTENT_TYPES } from '../core/tabular.js';
import { actorOf, metaOf } from './auth.js';
import { sendDownload } from './download.js';

const errors = {
  400: ZProblem,
  401: ZProblem,
  403: ZProblem,
  404: ZProblem,
  409: ZProblem,
  413: ZProblem,
  415: ZProblem,
};

export type SpreadsheetFile = { data: Buffer; kind: 'csv' | 'xlsx' };

/** What a module's spreadsheet import offers the routes: who may, a template, and preview/apply. */
export type SpreadsheetImporter<Q, R> = {
  templateFor: (actor: Actor) => Promise<void>;
  template: () => string | Buffer;
  run: (actor: Actor, file: SpreadsheetFile, query: Q, meta: CallMeta) => Promise<R>;
};

/**
 * The two routes of a register import (risks, assets): `GET {base}/import/template` and
 * `POST {base}/import?mode=preview|apply&sha256=`, the file being the raw body, CSV or XLSX.
 */
/** Every register import takes the same query: preview, or apply the previewed file by its SHA-256. */
export type SpreadsheetImportQuery = { mode: 'preview' | 'apply'; sha256?: string };

export function spreadsheetImportRoutes(spec: {
  base: string;
  tag: string;
  noun: string;
  importOperationId: string;
  templateOperationId: string;
  summary: string;
  templateSummary: string;
  query: z.ZodType<SpreadsheetImportQuery>;
  result: z.ZodType;
}): FastifyPluginAsyncZod<{ imports: SpreadsheetImporter<SpreadsheetImportQuery, unknown>; importMaxBytes: number }> {
  return async (app, { imports, importMaxBytes }) => {
    app.addContentTypeParser(
      ['text/csv', 'application/csv', CONTENT_TYPES.xlsx],
      { parseAs: 'buffer', bodyLimit: importMaxBytes },
      (_req, body, done) => done(null, body),
    );

    app.get(`${spec.base}/import/template`, {
      schema: {
        tags: [spec.tag],
        operationId: spec.templateOperationId,
        summary: spec.templateSummary,
        produces: [CONTENT_TYPES.csv],
        response: { 200: z.string().describe('The template'), ...errors },
      },
      handler: async (req, reply) => {
        await imports.templateFor(actorOf(req));
        return sendDownload(reply, imports.template(), CONTENT_TYPES.csv, `${spec.noun}-import-template.csv`);
      },
    });

    app.post(`${spec.base}/import`, {
      bodyLimit: importMaxBytes,
      schema: {
        tags: [spec.tag],
        operationId: spec.importOperationId,
        summary: spec.summary,
        querystring: spec.query,
        response: { 200: spec.result, ...errors },
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
}
