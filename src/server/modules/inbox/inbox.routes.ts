import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZDutyPage,
  ZInboxQuery,
  ZInboxSummary,
  ZNotification,
  ZNotificationPage,
  ZNotificationQuery,
} from '../../../contracts/inbox.js';
import { actorOf } from '../../http/auth.js';
import type { NotificationService } from './inbox.notifications.service.js';
import type { InboxService } from './inbox.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

export const inboxRoutes: FastifyPluginAsyncZod<{ inbox: InboxService; notifications: NotificationService }> = async (
  app,
  { inbox, notifications },
) => {
  app.get('/api/inbox', {
    schema: {
      tags: ['inbox'],
      operationId: 'listInbox',
      summary: 'Your open duties across Remit, soonest due first (including those you stand in for)',
      querystring: ZInboxQuery,
      response: { 200: ZDutyPage, ...errors },
    },
    handler: (req) => inbox.list(actorOf(req), req.query),
  });
  app.get('/api/inbox/summary', {
    schema: {
      tags: ['inbox'],
      operationId: 'inboxSummary',
      summary: 'Counts for the navigation: open, overdue and due-soon duties, unread notifications',
      response: { 200: ZInboxSummary, ...errors },
    },
    handler: (req) => inbox.summary(actorOf(req)),
  });
  app.get('/api/notifications', {
    schema: {
      tags: ['inbox'],
      operationId: 'listNotifications',
      summary: 'Your notifications, newest first',
      querystring: ZNotificationQuery,
      response: { 200: ZNotificationPage, ...errors },
    },
    handler: (req) => notifications.list(actorOf(req), req.query),
  });
  app.post('/api/notifications/:id/read', {
    schema: {
      tags: ['inbox'],
      operationId: 'markNotificationRead',
      summary: 'Mark one of your notifications read',
      params: z.object({ id: z.uuid() }),
      response: { 200: ZNotification, ...errors },
    },
    handler: (req) => notifications.markRead(actorOf(req), req.params.id),
  });
  app.post('/api/notifications/read-all', {
    schema: {
      tags: ['inbox'],
      operationId: 'markAllNotificationsRead',
      summary: 'Mark all your notifications read',
      response: { 200: z.object({ marked: z.number().int() }), ...errors },
    },
    handler: (req) => notifications.markAllRead(actorOf(req)),
  });
};
