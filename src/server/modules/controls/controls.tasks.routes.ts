import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZCompleteOccurrenceRequest,
  ZControlTaskDetail,
  ZControlTaskListQuery,
  ZControlTaskPage,
  ZCreateControlTaskRequest,
  ZUpdateControlTaskRequest,
} from '../../../contracts/controls.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { ControlTaskService } from './controls.tasks.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
// A due date that is not a day (or not on the schedule) is an occurrence that does not exist: 404
// from the service, after the caller's access is known, rather than 400 here.
const OccurrenceParams = IdParams.extend({
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
    .describe('The due date of the occurrence'),
});
const tags = ['controls'];

/** Operational tasks of controls: scheduled by the ISM or the control owner, done by its administrators. */
export const controlTaskRoutes: FastifyPluginAsyncZod<{ tasks: ControlTaskService }> = async (app, { tasks }) => {
  app.get('/api/control-tasks', {
    schema: {
      tags,
      operationId: 'listControlTasks',
      summary: 'Operational tasks of controls, by reference: of one control, or those whose duty is yours',
      querystring: ZControlTaskListQuery,
      response: { 200: ZControlTaskPage, ...errors },
    },
    handler: async (req) => tasks.list(actorOf(req), req.query),
  });

  app.post('/api/controls/:id/tasks', {
    schema: {
      tags,
      operationId: 'createControlTask',
      summary: "Schedule an operational task of a control (the ISM or the control's owner)",
      params: IdParams,
      body: ZCreateControlTaskRequest,
      response: { 201: ZControlTaskDetail, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await tasks.create(actorOf(req), req.params.id, req.body, metaOf(req))),
  });

  app.get('/api/control-tasks/:id', {
    schema: {
      tags,
      operationId: 'getControlTask',
      summary: 'One operational task with its occurrences: the next ones and those of the last 12 months',
      params: IdParams,
      response: { 200: ZControlTaskDetail, ...errors },
    },
    handler: async (req) => tasks.get(actorOf(req), req.params.id),
  });

  app.patch('/api/control-tasks/:id', {
    schema: {
      tags,
      operationId: 'updateControlTask',
      summary:
        "Change an operational task: title, instructions, grace and lead days, evidence rule, assignee (the ISM or the control's owner)",
      params: IdParams,
      body: ZUpdateControlTaskRequest,
      response: { 200: ZControlTaskDetail, ...errors },
    },
    handler: async (req) => tasks.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.post('/api/control-tasks/:id/end', {
    schema: {
      tags,
      operationId: 'endControlTask',
      summary: 'End an operational task; its completed occurrences and evidence stay',
      params: IdParams,
      response: { 200: ZControlTaskDetail, ...errors },
    },
    handler: async (req) => tasks.end(actorOf(req), req.params.id, metaOf(req)),
  });

  app.post('/api/control-tasks/:id/occurrences/:dueDate/complete', {
    schema: {
      tags,
      operationId: 'completeControlTaskOccurrence',
      summary: "Record an occurrence done, with a note and evidence uploaded to the control (the task's assignee)",
      params: OccurrenceParams,
      body: ZCompleteOccurrenceRequest,
      response: { 200: ZControlTaskDetail, ...errors },
    },
    handler: async (req) => tasks.complete(actorOf(req), req.params.id, req.params.dueDate, req.body, metaOf(req)),
  });
};
