import type { FastifyReply } from 'fastify';

/** Sends a generated file as a download with a safe name. */
export function sendDownload(reply: FastifyReply, body: Buffer | string, contentType: string, fileName: string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(body);
}
