import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import { ZJob, ZJobEnqueued } from '../../../contracts/inbox-mail.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { JobAdminService } from './inbox.jobs.service.js';
import type { ReminderAdminService } from './inbox.reminders.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

/** The job queue, for platform admins: run the reminder scan now and follow a job. */
export const inboxJobsRoutes: FastifyPluginAsyncZod<{
  jobs: JobAdminService;
  reminders: ReminderAdminService;
}> = async (app, { jobs, reminders }) => {
  app.post('/api/admin/jobs/run-scan', {
    schema: {
      tags: ['settings'],
      operationId: 'runReminderScan',
      summary: 'Queue the reminder and escalation scan to run now (platform admin)',
      response: { 202: ZJobEnqueued, ...errors },
    },
    handler: async (req, reply) => reply.code(202).send(await reminders.runScanNow(actorOf(req), metaOf(req))),
  });
  app.get('/api/admin/jobs/:id', {
    schema: {
      tags: ['settings'],
      operationId: 'getJob',
      summary: 'One background job: its status, attempts and last error (platform admin)',
      params: z.object({ id: z.uuid() }),
      response: { 200: ZJob, ...errors },
    },
    handler: (req) => jobs.get(actorOf(req), req.params.id),
  });
};
