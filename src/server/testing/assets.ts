import { Readable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import type { Deps } from '../core/deps.js';

let assetNo = 0;
/** Inserts an asset straight into the inventory (the inventory API has its own tests). */
export async function buildAsset(deps: Deps, name: string, over: { org_unit_id?: string | null } = {}) {
  assetNo++;
  const id = uuidv7();
  const now = new Date().toISOString();
  const reference = `AST-${String(9000 + assetNo)}`;
  await deps.db
    .insertInto('asset')
    .values({
      id,
      number: 9000 + assetNo,
      reference,
      name,
      description: '',
      type: 'application',
      status: 'in_use',
      org_unit_id: over.org_unit_id ?? null,
      parent_id: null,
      confidentiality: 3,
      integrity: 3,
      availability: 2,
      label: 'confidential',
      location: '',
      external_id: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, reference, name };
}

export const csvStream = (text: string) => Readable.from([Buffer.from(text)]);
