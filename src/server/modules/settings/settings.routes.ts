import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZProblem } from '../../../contracts/common.js';
import { ZSettings, ZUpdateSettingsRequest } from '../../../contracts/settings.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { SettingsService } from './settings.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 409: ZProblem };

export const settingsRoutes: FastifyPluginAsyncZod<{ settings: SettingsService }> = async (app, { settings }) => {
  app.get('/api/settings', {
    schema: {
      tags: ['settings'],
      operationId: 'getSettings',
      summary: 'Organisation settings',
      response: { 200: ZSettings, ...errors },
    },
    handler: async (req) => settings.get(actorOf(req)),
  });
  app.patch('/api/settings', {
    schema: {
      tags: ['settings'],
      operationId: 'updateSettings',
      summary: 'Change organisation settings (platform admin)',
      body: ZUpdateSettingsRequest,
      response: { 200: ZSettings, ...errors },
    },
    handler: async (req) => settings.update(actorOf(req), req.body, metaOf(req)),
  });
};
