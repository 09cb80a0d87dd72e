import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAsset,
  ZAssetExportQuery,
  ZAssetListQuery,
  ZAssetPage,
  ZCreateAssetRequest,
  ZSetAssetLinksRequest,
  ZUpdateAssetRequest,
} from '../../../contracts/assets.js';
import { ZProblem } from '../../../contracts/common.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { AssetService } from './assets.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const tags = ['assets'];

/** The asset inventory: list, export, one asset, changes and links. */
export const assetRoutes: FastifyPluginAsyncZod<{ inventory: AssetService }> = async (app, { inventory }) => {
  app.get('/api/assets', {
    schema: {
      tags,
      operationId: 'listAssets',
      summary: 'The asset inventory: filtered, searched and sorted on the server',
      querystring: ZAssetListQuery,
      response: { 200: ZAssetPage, ...errors },
    },
    handler: async (req) => inventory.list(actorOf(req), req.query),
  });
  app.post('/api/assets', {
    schema: {
      tags,
      operationId: 'createAsset',
      summary: 'Add an asset, optionally with its owner and custodian in the ledger (ISM)',
      body: ZCreateAssetRequest,
      response: { 201: ZAsset, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await inventory.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/assets/export', {
    schema: {
      tags,
      operationId: 'exportAssets',
      summary: 'The inventory (with the same filters) as CSV or XLSX',
      querystring: ZAssetExportQuery,
      produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
      response: { 200: z.string().describe('The inventory file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await inventory.exportInventory(actorOf(req), req.query, req.query.format);
      return sendDownload(reply, file.body, CONTENT_TYPES[req.query.format], file.fileName);
    },
  });
  app.get('/api/assets/:id', {
    schema: {
      tags,
      operationId: 'getAsset',
      summary: 'One asset with what runs on it, its links and what you may do',
      params: IdParams,
      response: { 200: ZAsset, ...errors },
    },
    handler: async (req) => inventory.get(actorOf(req), req.params.id),
  });
  app.patch('/api/assets/:id', {
    schema: {
      tags,
      operationId: 'updateAsset',
      summary: 'Change an asset (its owner or the ISM; owner, custodian and org unit: the ISM)',
      params: IdParams,
      body: ZUpdateAssetRequest,
      response: { 200: ZAsset, ...errors },
    },
    handler: async (req) => inventory.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.put('/api/assets/:id/links', {
    schema: {
      tags,
      operationId: 'setAssetLinks',
      summary: 'Set the risks and Annex A controls an asset is linked to (its owner or the ISM)',
      params: IdParams,
      body: ZSetAssetLinksRequest,
      response: { 200: ZAsset, ...errors },
    },
    handler: async (req) => inventory.setLinks(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
