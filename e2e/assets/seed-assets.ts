import { expectJson, type Call } from '../fixtures/seed.ts';

export type SeededAsset = { id: string; reference: string };

/** An asset added through the API (the ISM); owner and custodian go into the ledger with it. */
export async function createAsset(as: Call, body: Record<string, unknown>): Promise<SeededAsset> {
  const a = await expectJson<SeededAsset>(
    await as('/api/assets', {
      method: 'POST',
      body: { type: 'application', confidentiality: 3, integrity: 3, availability: 2, label: 'confidential', ...body },
    }),
    201,
    `create asset ${String(body.name)}`,
  );
  return { id: a.id, reference: a.reference };
}

export type SeededRequest = { id: string; reference: string; version: number; status: string };

/** An access request made through the API (anyone, for themselves unless a beneficiary is named). */
export async function requestAccess(as: Call, body: Record<string, unknown>): Promise<SeededRequest> {
  return expectJson<SeededRequest>(
    await as('/api/access-requests', {
      method: 'POST',
      body: { privileged: false, reason: 'Needed for the e2e seed', until: null, ...body },
    }),
    201,
    `request access ${String(body.entitlement)}`,
  );
}
