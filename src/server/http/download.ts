import type { FastifyReply } from 'fastify';

/**
 * Sends a file as a download. The plain `filename` keeps to safe ASCII; `filename*` (RFC 6266)
 * carries the real name, accents and all, for uploaded files.
 */
export function sendDownload(reply: FastifyReply, body: Buffer | string, contentType: string, fileName: string) {
  const ascii = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  const disposition =
    ascii === fileName
      ? `attachment; filename="${fileName}"`
      : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  return reply.header('content-type', contentType).header('content-disposition', disposition).send(body);
}
