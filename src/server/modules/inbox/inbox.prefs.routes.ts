import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZInboxSettings,
  ZNotificationPrefs,
  ZUpdateInboxSettingsRequest,
  ZUpdateNotificationPrefsRequest,
} from '../../../contracts/inbox-mail.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { NotificationPrefsService } from './inbox.prefs.service.js';
import type { InboxSettingsService } from './inbox.settings.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 409: ZProblem };

type Services = { prefs: NotificationPrefsService; inboxSettings: InboxSettingsService };

/** Mail preferences of a person and the organisation's reminder settings. */
export const inboxPrefsRoutes: FastifyPluginAsyncZod<Services> = async (app, { prefs, inboxSettings }) => {
  app.get('/api/account/notifications', {
    schema: {
      tags: ['inbox'],
      operationId: 'getNotificationPrefs',
      summary: 'Your mail preferences (immediate, daily digest or off)',
      response: { 200: ZNotificationPrefs, ...errors },
    },
    handler: (req) => prefs.get(actorOf(req)),
  });
  app.put('/api/account/notifications', {
    schema: {
      tags: ['inbox'],
      operationId: 'updateNotificationPrefs',
      summary: 'Change your mail preferences',
      body: ZUpdateNotificationPrefsRequest,
      response: { 200: ZNotificationPrefs, ...errors },
    },
    handler: (req) => prefs.update(actorOf(req), req.body, metaOf(req)),
  });
  app.get('/api/settings/inbox', {
    schema: {
      tags: ['settings'],
      operationId: 'getInboxSettings',
      summary: 'Reminder lead time, escalation, working days and digest hour',
      response: { 200: ZInboxSettings, ...errors },
    },
    handler: (req) => inboxSettings.get(actorOf(req)),
  });
  app.patch('/api/settings/inbox', {
    schema: {
      tags: ['settings'],
      operationId: 'updateInboxSettings',
      summary: 'Change reminder and working-day settings (platform admin)',
      body: ZUpdateInboxSettingsRequest,
      response: { 200: ZInboxSettings, ...errors },
    },
    handler: (req) => inboxSettings.update(actorOf(req), req.body, metaOf(req)),
  });
};
