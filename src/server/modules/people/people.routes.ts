import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk, ZProblem } from '../../../contracts/common.js';
import {
  ZCreateOrgUnitRequest,
  ZCreatePersonRequest,
  ZImportQuery,
  ZImportSummary,
  ZOrgUnit,
  ZOrgUnitListQuery,
  ZOrgUnitPage,
  ZOrgUnitTree,
  ZPersonDetail,
  ZPersonExportQuery,
  ZPersonListQuery,
  ZPersonPage,
  ZSetAbsenceRequest,
  ZUpdateOrgUnitRequest,
  ZUpdatePersonRequest,
} from '../../../contracts/people.js';
import { AppError } from '../../core/app-error.js';
import { CONTENT_TYPES, downloadName } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { ImportService } from './people.import.service.js';
import type { OrgUnitService } from './people.org-units.service.js';
import type { PersonService } from './people.persons.service.js';
import { TREE_LIMIT } from './people.org-units.service.js';

type Options = { persons: PersonService; orgUnits: OrgUnitService; imports: ImportService; importMaxBytes: number };

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });

export const peopleRoutes: FastifyPluginAsyncZod<Options> = async (
  app,
  { persons, orgUnits, imports, importMaxBytes },
) => {
  // HR files arrive as the raw request body; buffered up to the import limit (413 above it).
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: importMaxBytes },
    (_req, body, done) => done(null, body),
  );

  app.get('/api/org-units', {
    schema: {
      tags: ['people'],
      operationId: 'listOrgUnits',
      summary: 'Org units, by name, filtered by search or parent',
      querystring: ZOrgUnitListQuery,
      response: { 200: ZOrgUnitPage, ...errors },
    },
    handler: async (req) => orgUnits.list(actorOf(req), req.query),
  });

  app.get('/api/org-units/tree', {
    schema: {
      tags: ['people'],
      operationId: 'getOrgUnitTree',
      summary: 'Every org unit with its parent and active head count, for drawing the tree',
      description: `Not paginated: organisations have org units in the hundreds. Answers at most ${TREE_LIMIT} units and says \`truncated\` beyond that.`,
      response: { 200: ZOrgUnitTree, ...errors },
    },
    handler: async (req) => orgUnits.tree(actorOf(req)),
  });

  app.get('/api/org-units/:id', {
    schema: {
      tags: ['people'],
      operationId: 'getOrgUnit',
      summary: 'One org unit',
      params: IdParams,
      response: { 200: ZOrgUnit, ...errors },
    },
    handler: async (req) => orgUnits.get(actorOf(req), req.params.id),
  });

  app.post('/api/org-units', {
    schema: {
      tags: ['people'],
      operationId: 'createOrgUnit',
      summary: 'Create an org unit',
      body: ZCreateOrgUnitRequest,
      response: { 201: ZOrgUnit, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await orgUnits.create(actorOf(req), req.body, metaOf(req))),
  });

  app.patch('/api/org-units/:id', {
    schema: {
      tags: ['people'],
      operationId: 'updateOrgUnit',
      summary: 'Rename, recode or move an org unit; a move that makes it its own ancestor is refused (409)',
      params: IdParams,
      body: ZUpdateOrgUnitRequest,
      response: { 200: ZOrgUnit, ...errors },
    },
    handler: async (req) => orgUnits.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.delete('/api/org-units/:id', {
    schema: {
      tags: ['people'],
      operationId: 'deleteOrgUnit',
      summary: 'Delete an empty org unit (no people, leavers included, and no units below it)',
      params: IdParams,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) => {
      await orgUnits.remove(actorOf(req), req.params.id, metaOf(req));
      return { ok: true as const };
    },
  });

  app.get('/api/people', {
    schema: {
      tags: ['people'],
      operationId: 'listPeople',
      summary: 'People, by name, filtered by search, org unit, status or manager',
      querystring: ZPersonListQuery,
      response: { 200: ZPersonPage, ...errors },
    },
    handler: async (req) => persons.list(actorOf(req), req.query),
  });

  app.get('/api/people/export', {
    schema: {
      tags: ['people'],
      operationId: 'exportPeople',
      summary: 'The people the filters match as CSV or XLSX, in the HR import format',
      querystring: ZPersonExportQuery,
      produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
      response: { 200: z.string().describe('The file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await persons.export(actorOf(req), req.query);
      return sendDownload(reply, file, CONTENT_TYPES[req.query.format], downloadName('people', req.query.format));
    },
  });

  app.post('/api/people/import', {
    bodyLimit: importMaxBytes,
    schema: {
      tags: ['people'],
      operationId: 'importPeople',
      summary: 'Preview or apply an HR CSV file (upsert by employee id); a bad row means nothing is applied',
      description:
        'Send the CSV as the body with Content-Type: text/csv (format in docs/IMPORT.md). `mode=preview` (default) reports the diff and every bad row by line; `mode=apply` with `expectedSha256` from the preview applies it in one transaction. Apply with bad rows answers 400 and writes nothing.',
      consumes: ['text/csv'],
      querystring: ZImportQuery,
      body: z.string().nullish().describe('The CSV file'),
      response: { 200: ZImportSummary, ...errors, 413: ZProblem },
    },
    handler: async (req) => {
      const body = typeof req.body === 'string' ? req.body : null;
      const { mode, expectedSha256, missingAreLeavers } = req.query;
      const summary = await imports.run(
        actorOf(req),
        body === null ? null : { open: () => Readable.from([Buffer.from(body, 'utf8')]) },
        { mode, expectedSha256, missingAreLeavers, requireExpectedSha: true },
        metaOf(req),
      );
      if (mode === 'apply' && !summary.applied) {
        throw new AppError(
          'validation_failed',
          `${summary.counts.errors} row error(s) in the file; nothing was applied`,
          {
            errors: summary.errors
              .slice(0, 200)
              .map((e) => ({ field: `line ${e.line}, ${e.field}`, message: e.message })),
          },
        );
      }
      return summary;
    },
  });

  app.get('/api/people/:id', {
    schema: {
      tags: ['people'],
      operationId: 'getPerson',
      summary: 'One person with their org unit, manager and number of direct reports',
      params: IdParams,
      response: { 200: ZPersonDetail, ...errors },
    },
    handler: async (req) => persons.get(actorOf(req), req.params.id),
  });

  app.post('/api/people', {
    schema: {
      tags: ['people'],
      operationId: 'createPerson',
      summary: 'Add a person (they get the Employee role from their start date)',
      body: ZCreatePersonRequest,
      response: { 201: ZPersonDetail, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await persons.create(actorOf(req), req.body, metaOf(req))),
  });

  app.put('/api/people/:id/absence', {
    schema: {
      tags: ['people'],
      operationId: 'setAbsence',
      summary: 'Set or clear when a person is away; their deputies stand in meanwhile (self, or people managers)',
      params: IdParams,
      body: ZSetAbsenceRequest,
      response: { 200: ZPersonDetail, ...errors },
    },
    handler: async (req) => persons.setAbsence(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.patch('/api/people/:id', {
    schema: {
      tags: ['people'],
      operationId: 'updatePerson',
      summary: 'Edit a person; status leaver marks them a leaver and opens their handover',
      params: IdParams,
      body: ZUpdatePersonRequest,
      response: { 200: ZPersonDetail, ...errors },
    },
    handler: async (req) => persons.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
