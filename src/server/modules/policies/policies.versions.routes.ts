import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk, ZProblem } from '../../../contracts/common.js';
import { ZPdfFile } from '../../../contracts/documents.js';
import {
  ZAcknowledgePolicyRequest,
  ZAcknowledgePolicyResult,
  ZAddCommentRequest,
  ZCampaign,
  ZCampaignExportQuery,
  ZCampaignPeopleQuery,
  ZCampaignPersonPage,
  ZCampaignUnitPage,
  ZMarkReviewedRequest,
  ZPageQuery,
  ZPolicyAttachment,
  ZPolicyComment,
  ZPolicyCommentPage,
  ZPolicyDiff,
  ZPolicyDiffQuery,
  ZPolicyVersion,
  ZPolicyVersionPage,
  ZReturnVersionRequest,
  ZSaveDraftRequest,
  ZSubmitVersionRequest,
  ZVersionDecisionRequest,
} from '../../../contracts/policies.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import { rawUploadRoutes, uploadedFile } from '../../http/raw-upload.js';
import type { PolicyCampaignService } from './policies.campaigns.service.js';
import type { PolicyVersionService } from './policies.versions.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const PolicyParams = z.object({ id: z.uuid() });
const VersionParams = z.object({ id: z.uuid(), versionId: z.uuid() });
const AttachmentParams = VersionParams.extend({ attachmentId: z.uuid() });
const tags = ['policies'];
const PDF = 'application/pdf';

type Options = { versions: PolicyVersionService; campaigns: PolicyCampaignService; attachmentMaxBytes: number };

/** Versions of a policy: lifecycle, comments, attachments, diff, PDF, campaign and acknowledgement. */
export const policyVersionRoutes: FastifyPluginAsyncZod<Options> = async (app, opts) => {
  const { versions, campaigns } = opts;
  const base = '/api/policies/:id/versions/:versionId';

  app.get('/api/policies/:id/versions', {
    schema: {
      tags,
      operationId: 'listPolicyVersions',
      summary: 'Versions of a policy, newest first (drafts only for those who may read them)',
      params: PolicyParams,
      querystring: ZPageQuery,
      response: { 200: ZPolicyVersionPage, ...errors },
    },
    handler: async (req) => versions.list(actorOf(req), req.params.id, req.query),
  });

  app.post('/api/policies/:id/versions', {
    schema: {
      tags,
      operationId: 'createPolicyDraft',
      summary: 'Start a new version, copied from the one in force (ISM or owner)',
      params: PolicyParams,
      response: { 201: ZPolicyVersion, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await versions.newDraft(actorOf(req), req.params.id, metaOf(req))),
  });

  app.get(base, {
    schema: {
      tags,
      operationId: 'getPolicyVersion',
      summary: 'One version: published ones for everyone, others for those who draft, review or approve it',
      params: VersionParams,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) => versions.get(actorOf(req), req.params.id, req.params.versionId),
  });

  app.put(base, {
    schema: {
      tags,
      operationId: 'savePolicyDraft',
      summary: 'Save a draft: title, Markdown text, change summary and quiz',
      params: VersionParams,
      body: ZSaveDraftRequest,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) => versions.save(actorOf(req), req.params.id, req.params.versionId, req.body, metaOf(req)),
  });

  app.delete(base, {
    schema: {
      tags,
      operationId: 'discardPolicyDraft',
      summary: 'Discard a draft (not the first version of a policy: retire the policy instead)',
      params: VersionParams,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) => versions.discard(actorOf(req), req.params.id, req.params.versionId, metaOf(req)),
  });

  app.post(`${base}/submit`, {
    schema: {
      tags,
      operationId: 'submitPolicyVersion',
      summary: 'Submit a draft for review and approval, naming reviewers who comment',
      params: VersionParams,
      body: ZSubmitVersionRequest,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) => versions.submit(actorOf(req), req.params.id, req.params.versionId, req.body, metaOf(req)),
  });

  app.post(`${base}/approve`, {
    schema: {
      tags,
      operationId: 'approvePolicyVersion',
      summary: "Approve a version: a holder of the policy's approver role who did not write it (SOD-08)",
      params: VersionParams,
      body: ZVersionDecisionRequest,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) =>
      versions.decide(actorOf(req), req.params.id, req.params.versionId, req.body, 'approved', metaOf(req)),
  });

  app.post(`${base}/return`, {
    schema: {
      tags,
      operationId: 'returnPolicyVersion',
      summary: 'Return a version for changes, with a note (the approver role)',
      params: VersionParams,
      body: ZReturnVersionRequest,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) =>
      versions.decide(actorOf(req), req.params.id, req.params.versionId, req.body, 'returned', metaOf(req)),
  });

  app.post(`${base}/publish`, {
    schema: {
      tags,
      operationId: 'publishPolicyVersion',
      summary: 'Publish an approved version: it is in force and its audience is asked to acknowledge it',
      params: VersionParams,
      body: ZVersionDecisionRequest,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) => versions.publish(actorOf(req), req.params.id, req.params.versionId, req.body, metaOf(req)),
  });

  app.get(`${base}/comments`, {
    schema: {
      tags,
      operationId: 'listPolicyComments',
      summary: 'Review comments on a version, oldest first',
      params: VersionParams,
      querystring: ZPageQuery,
      response: { 200: ZPolicyCommentPage, ...errors },
    },
    handler: async (req) => versions.listComments(actorOf(req), req.params.id, req.params.versionId, req.query),
  });

  app.post(`${base}/comments`, {
    schema: {
      tags,
      operationId: 'addPolicyComment',
      summary: 'Comment on a draft or a version in review',
      params: VersionParams,
      body: ZAddCommentRequest,
      response: { 201: ZPolicyComment, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await versions.addComment(actorOf(req), req.params.id, req.params.versionId, req.body.body, metaOf(req))),
  });

  app.post(`${base}/reviewed`, {
    schema: {
      tags,
      operationId: 'markPolicyVersionReviewed',
      summary: 'A requested reviewer says they finished reviewing, optionally with a last comment',
      params: VersionParams,
      body: ZMarkReviewedRequest,
      response: { 200: ZPolicyVersion, ...errors },
    },
    handler: async (req) =>
      versions.markReviewed(actorOf(req), req.params.id, req.params.versionId, req.body.comment, metaOf(req)),
  });

  app.get('/api/policies/:id/diff', {
    schema: {
      tags,
      operationId: 'diffPolicyVersions',
      summary: 'Line-by-line differences between two versions of a policy',
      params: PolicyParams,
      querystring: ZPolicyDiffQuery,
      response: { 200: ZPolicyDiff, ...errors },
    },
    handler: async (req) => versions.diff(actorOf(req), req.params.id, req.query.from, req.query.to),
  });

  app.get(`${base}/pdf`, {
    schema: {
      tags,
      operationId: 'exportPolicyPdf',
      summary: 'A version as PDF with its approval record',
      params: VersionParams,
      produces: [PDF],
      response: { 200: ZPdfFile, ...errors },
    },
    handler: async (req, reply) => {
      const file = await versions.pdf(actorOf(req), req.params.id, req.params.versionId);
      return sendDownload(reply, file.body, PDF, file.fileName);
    },
  });

  app.get(`${base}/attachments/:attachmentId`, {
    schema: {
      tags,
      operationId: 'downloadPolicyAttachment',
      summary: 'Download an attachment of a version',
      params: AttachmentParams,
      response: { 200: z.string().meta({ format: 'binary' }).describe('The file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await versions.download(actorOf(req), req.params.id, req.params.versionId, req.params.attachmentId);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });

  app.delete(`${base}/attachments/:attachmentId`, {
    schema: {
      tags,
      operationId: 'deletePolicyAttachment',
      summary: 'Remove an attachment from a draft',
      params: AttachmentParams,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) =>
      versions.removeAttachment(
        actorOf(req),
        req.params.id,
        req.params.versionId,
        req.params.attachmentId,
        metaOf(req),
      ),
  });

  // Uploads carry the file itself as the body, whatever its type; only this route parses them.
  await rawUploadRoutes(app, opts.attachmentMaxBytes, (upload) =>
    upload.post(`${base}/attachments`, {
      bodyLimit: opts.attachmentMaxBytes,
      schema: {
        tags,
        operationId: 'uploadPolicyAttachment',
        summary: `Attach a file to a draft: the raw file as the body, its name in fileName (at most ${Math.round(opts.attachmentMaxBytes / 1048576)} MB)`,
        params: VersionParams,
        querystring: z.object({ fileName: z.string().min(1).max(255) }),
        response: { 201: ZPolicyAttachment, ...errors, 413: ZProblem },
      },
      handler: async (req, reply) => {
        const { data, mediaType } = uploadedFile(req);
        return reply
          .code(201)
          .send(
            await versions.upload(
              actorOf(req),
              req.params.id,
              req.params.versionId,
              { name: req.query.fileName, mediaType, data },
              metaOf(req),
            ),
          );
      },
    }),
  );

  app.get(`${base}/campaign`, {
    schema: {
      tags,
      operationId: 'getPolicyCampaign',
      summary: 'Acknowledgement progress of a published version (owner, ISM, Top Management, auditors)',
      params: VersionParams,
      response: { 200: ZCampaign, ...errors },
    },
    handler: async (req) => campaigns.campaign(actorOf(req), req.params.id, req.params.versionId),
  });

  app.get(`${base}/campaign/units`, {
    schema: {
      tags,
      operationId: 'listCampaignUnits',
      summary: 'Acknowledgement progress per org unit, by unit name',
      params: VersionParams,
      querystring: ZPageQuery,
      response: { 200: ZCampaignUnitPage, ...errors },
    },
    handler: async (req) => campaigns.units(actorOf(req), req.params.id, req.params.versionId, req.query),
  });

  app.get(`${base}/campaign/people`, {
    schema: {
      tags,
      operationId: 'listCampaignPeople',
      summary: 'People in the audience, by name: who has not acknowledged, who has, or both',
      params: VersionParams,
      querystring: ZCampaignPeopleQuery,
      response: { 200: ZCampaignPersonPage, ...errors },
    },
    handler: async (req) => campaigns.people(actorOf(req), req.params.id, req.params.versionId, req.query),
  });

  app.get(`${base}/acknowledgements/export`, {
    schema: {
      tags,
      operationId: 'exportPolicyAcknowledgements',
      summary:
        'Acknowledgement evidence of a version as CSV or XLSX: everyone in the audience and when they acknowledged',
      params: VersionParams,
      querystring: ZCampaignExportQuery,
      produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
      response: { 200: z.string().describe('The evidence file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await campaigns.exportEvidence(actorOf(req), req.params.id, req.params.versionId, req.query.format);
      return sendDownload(reply, file.body, CONTENT_TYPES[req.query.format], file.fileName);
    },
  });

  app.post(`${base}/acknowledge`, {
    schema: {
      tags,
      operationId: 'acknowledgePolicyVersion',
      summary: 'Acknowledge the version in force for yourself, answering its quiz when it has one',
      params: VersionParams,
      body: ZAcknowledgePolicyRequest,
      response: { 200: ZAcknowledgePolicyResult, ...errors },
    },
    handler: async (req) =>
      campaigns.acknowledge(actorOf(req), req.params.id, req.params.versionId, req.body.answers, metaOf(req)),
  });
};
