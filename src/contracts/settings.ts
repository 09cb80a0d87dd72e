import { z } from 'zod';
import { ZIsoDateTime } from './common.js';

export const ZSettings = z
  .object({
    organisationName: z.string(),
    sessionBanner: z.string().describe('Shown on the sign-in page, e.g. an acceptable-use notice'),
    version: z.number().int(),
    updatedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'Settings' });
export type TSettings = z.infer<typeof ZSettings>;

export const ZUpdateSettingsRequest = z.strictObject({
  version: z.number().int().min(1),
  organisationName: z.string().trim().min(1).max(200).optional(),
  sessionBanner: z.string().trim().max(2000).optional(),
});
export type TUpdateSettingsRequest = z.infer<typeof ZUpdateSettingsRequest>;
