import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

type ZodApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/**
 * Registers upload routes in a scope of their own whose only body parser takes the raw bytes of
 * any type, up to `maxBytes` (413 above): the file itself is the body, and no other route parses
 * bodies this way.
 */
export async function rawUploadRoutes(
  app: FastifyInstance,
  maxBytes: number,
  routes: (upload: ZodApp) => void,
): Promise<void> {
  await app.register(async (upload) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
      done(null, body),
    );
    routes(upload.withTypeProvider<ZodTypeProvider>());
  });
}

/** The uploaded bytes (empty without a body) and the media type the client declared. */
export function uploadedFile(req: { body: unknown; headers: IncomingHttpHeaders }): {
  data: Buffer;
  mediaType: string | undefined;
} {
  return {
    data: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
    mediaType: req.headers['content-type']?.split(';')[0]?.trim(),
  };
}
