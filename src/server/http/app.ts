import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import type { Deps } from '../core/deps.js';
import { createAccountService } from '../modules/identity/identity.accounts.service.js';
import { identityRoutes } from '../modules/identity/identity.routes.js';
import { createSessionService } from '../modules/identity/identity.sessions.service.js';
import { createSetupService } from '../modules/identity/identity.setup.service.js';
import { createTokenService } from '../modules/identity/identity.tokens.service.js';
import { documentsRoutes } from '../modules/responsibilities/responsibilities.documents.routes.js';
import { raciRoutes } from '../modules/responsibilities/responsibilities.raci.routes.js';
import { sodRoutes } from '../modules/responsibilities/responsibilities.sod.routes.js';
import { responsibilitiesRoutes } from '../modules/responsibilities/responsibilities.routes.js';
import { createResponsibilityServices } from '../modules/responsibilities/responsibilities.services.js';
import { policyRoutes } from '../modules/policies/policies.routes.js';
import { createPolicyServices } from '../modules/policies/policies.services.js';
import { policyVersionRoutes } from '../modules/policies/policies.versions.routes.js';
import { accessReviewRoutes } from '../modules/access-reviews/access-reviews.routes.js';
import { createAccessReviewService } from '../modules/access-reviews/access-reviews.service.js';
import { controlRoutes } from '../modules/controls/controls.routes.js';
import { createControlServices } from '../modules/controls/controls.services.js';
import { evidenceRoutes } from '../modules/controls/controls.evidence.routes.js';
import { controlTaskRoutes } from '../modules/controls/controls.tasks.routes.js';
import { nonconformityRoutes } from '../modules/audits/audits.nonconformities.routes.js';
import { auditRoutes } from '../modules/audits/audits.routes.js';
import { createAuditServices } from '../modules/audits/audits.services.js';
import { incidentRoutes } from '../modules/incidents/incidents.routes.js';
import { createIncidentServices } from '../modules/incidents/incidents.services.js';
import { accessRequestRoutes } from '../modules/assets/assets.access.routes.js';
import { entitlementRoutes } from '../modules/assets/assets.entitlements.routes.js';
import { assetImportRoutes, bufferedAssetImports } from '../modules/assets/assets.import.routes.js';
import { assetRoutes } from '../modules/assets/assets.routes.js';
import { createAssetServices } from '../modules/assets/assets.services.js';
import { riskImportRoutes } from '../modules/risks/risks.import.routes.js';
import { riskRoutes } from '../modules/risks/risks.routes.js';
import { createRiskServices } from '../modules/risks/risks.services.js';
import { DUTY_KINDS } from '../modules/duty-kinds.js';
import { createNotificationService } from '../modules/inbox/inbox.notifications.service.js';
import { inboxRoutes } from '../modules/inbox/inbox.routes.js';
import { webhookRoutes } from '../modules/inbox/inbox.webhooks.routes.js';
import { createWebhookService } from '../modules/inbox/inbox.webhooks.service.js';
import { inboxJobsRoutes } from '../modules/inbox/inbox.jobs.routes.js';
import { createJobAdminService } from '../modules/inbox/inbox.jobs.service.js';
import { inboxPrefsRoutes } from '../modules/inbox/inbox.prefs.routes.js';
import { createNotificationPrefsService } from '../modules/inbox/inbox.prefs.service.js';
import { createReminderAdminService } from '../modules/inbox/inbox.reminders.service.js';
import { createInboxSettingsService } from '../modules/inbox/inbox.settings.service.js';
import { createInboxService } from '../modules/inbox/inbox.service.js';
import { createImportService } from '../modules/people/people.import.service.js';
import { createOrgUnitService } from '../modules/people/people.org-units.service.js';
import { createPersonService } from '../modules/people/people.persons.service.js';
import { peopleRoutes } from '../modules/people/people.routes.js';
import { settingsRoutes } from '../modules/settings/settings.routes.js';
import { createSettingsService } from '../modules/settings/settings.service.js';
import { systemRoutes } from '../modules/system/system.routes.js';
import { trailRoutes } from '../modules/trail/trail.routes.js';
import { createTrailService } from '../modules/trail/trail.service.js';
import { registerAuthentication } from './auth.js';
import { errorHandler, problem, sendProblem } from './errors.js';

export const API_VERSION = '0.1.0';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the HTTP app from its dependencies; main.ts listens, tests inject. */
export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const { config } = deps;
  // Typed as Fastify's base logger so the instance type stays the default one plugins expect.
  const logger: FastifyBaseLogger = deps.log;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : uuidv7();
    },
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', String(req.id));
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into a style element; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Remit API',
        version: API_VERSION,
        description:
          'ISMS governance for ISO/IEC 27001:2022. Errors are application/problem+json (RFC 9457) with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'remit_session',
            description: 'Mutations also need the x-csrf-token header',
          },
          token: { type: 'http', scheme: 'bearer', description: 'Personal API token (rmt_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: false } });

  const sessions = createSessionService(deps);
  registerAuthentication(app, sessions);
  const services = {
    sessions,
    tokens: createTokenService(deps),
    accounts: createAccountService(deps),
    setup: createSetupService(deps, sessions),
    config,
  };
  await app.register(systemRoutes, { db: deps.db });
  await app.register(identityRoutes, services);
  await app.register(settingsRoutes, { settings: createSettingsService(deps) });
  await app.register(trailRoutes, { trail: createTrailService(deps) });
  await app.register(peopleRoutes, {
    persons: createPersonService(deps),
    orgUnits: createOrgUnitService(deps),
    imports: createImportService(deps),
    importMaxBytes: config.importMaxBytes,
  });
  const responsibilities = createResponsibilityServices(deps);
  await app.register(responsibilitiesRoutes, responsibilities);
  await app.register(raciRoutes, { raci: responsibilities.raci });
  await app.register(sodRoutes, { sod: responsibilities.sod });
  await app.register(documentsRoutes, { documents: responsibilities.documents });
  const policies = createPolicyServices(deps, responsibilities.assignments);
  await app.register(policyRoutes, { policies: policies.policies, campaigns: policies.campaigns });
  await app.register(policyVersionRoutes, {
    versions: policies.versions,
    campaigns: policies.campaigns,
    attachmentMaxBytes: config.attachmentMaxBytes,
  });
  const risks = createRiskServices(deps, responsibilities.assignments);
  await app.register(riskRoutes, { risks: risks.risks, decisions: risks.decisions, reports: risks.reports });
  await app.register(riskImportRoutes, { imports: risks.imports, importMaxBytes: config.importMaxBytes });
  const assets = createAssetServices(deps, responsibilities.assignments);
  await app.register(assetRoutes, { inventory: assets.inventory });
  await app.register(assetImportRoutes, {
    imports: bufferedAssetImports(assets.imports),
    importMaxBytes: config.importMaxBytes,
  });
  await app.register(accessRequestRoutes, { requests: assets.requests });
  await app.register(entitlementRoutes, {
    entitlements: assets.entitlements,
    toxic: assets.toxic,
    importMaxBytes: config.entitlementImportMaxBytes,
  });
  await app.register(accessReviewRoutes, { reviews: createAccessReviewService(deps) });
  const controls = createControlServices(deps, responsibilities.assignments);
  await app.register(controlRoutes, { controls: controls.controls, soa: controls.soa });
  await app.register(controlTaskRoutes, { tasks: controls.tasks });
  await app.register(evidenceRoutes, {
    evidence: controls.evidence,
    evidenceMaxBytes: config.evidenceMaxBytes,
  });
  const audits = createAuditServices(deps, responsibilities.assignments);
  await app.register(auditRoutes, { services: audits, evidenceMaxBytes: config.evidenceMaxBytes });
  await app.register(nonconformityRoutes, { nonconformities: audits.nonconformities });
  await app.register(incidentRoutes, {
    services: createIncidentServices(deps, responsibilities.assignments),
    attachmentMaxBytes: config.evidenceMaxBytes,
  });
  await app.register(webhookRoutes, { webhooks: createWebhookService(deps) });
  await app.register(inboxRoutes, {
    inbox: createInboxService(deps, DUTY_KINDS),
    notifications: createNotificationService(deps),
  });
  await app.register(inboxPrefsRoutes, {
    prefs: createNotificationPrefsService(deps),
    inboxSettings: createInboxSettingsService(deps),
  });
  await app.register(inboxJobsRoutes, {
    jobs: createJobAdminService(deps),
    reminders: createReminderAdminService(deps),
  });

  await registerWeb(app, config.webDir, deps);
  return app;
}

/** Serves the built SPA; any non-API GET falls back to index.html so client routes deep-link. */
async function registerWeb(app: FastifyInstance, webDir: string, deps: Deps): Promise<void> {
  const index = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
    });
  } else {
    deps.log.warn({ webDir }, 'web app not built; run `npm run build` (npm start does it for you)');
  }
  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url.startsWith('/api/') || req.url === '/api';
    if (!isApi && hasWeb && (req.method === 'GET' || req.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').type('text/html').send(fs.createReadStream(index));
    }
    return sendProblem(reply, req, problem('not_found', `No route ${req.method} ${req.url.split('?')[0]}`));
  });
}
