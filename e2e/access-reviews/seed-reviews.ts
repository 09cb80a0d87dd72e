import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { attributeOfAll, newPage, screenshot, signInThroughUi } from '../fixtures/browser.ts';
import {
  createAccount,
  createOrgUnit,
  dayIn,
  expectJson,
  PASSWORD,
  seedLeadership,
  updatePerson,
  type Call,
  type Who,
} from '../fixtures/seed.ts';

/** Seeding for the access-review specs, through the public API as the ISM and the admin would. */
export const TM: Who = { email: 'tessa@acme.example', name: 'Tessa Board' };
export const ISM: Who = { email: 'ines@acme.example', name: 'Ines Security' };
/** Owns the payroll system and holds an account on it himself. */
export const OWEN: Who = { email: 'owen@acme.example', name: 'Owen Owner' };
/** Owen's manager: reviews Owen's own account (SOD-04). */
export const MAYA: Who = { email: 'maya@acme.example', name: 'Maya Manager' };
export const ALICE: Who = { email: 'alice@acme.example', name: 'Alice Clerk' };
export const BOB: Who = { email: 'bob@acme.example', name: 'Bob Viewer' };
/** Administers the payroll system (its custodian): carries out revocations. */
export const SAM: Who = { email: 'sam@acme.example', name: 'Sam Sysadmin' };

export type Asset = { id: string; reference: string; name: string };
export type ImportSummary = {
  rowsRead: number;
  rowsImported: number;
  rowsFailed: number;
  accountsUnmatched: number;
  errors: { line: number; message: string }[];
};
export type Review = { id: string; reference: string; version: number };

/** An asset created through the API (the ISM), owned in the ledger by `ownerPersonId`. */
export async function createAsset(
  as: Call,
  name: string,
  ownerPersonId: string | null,
  extra: Record<string, unknown> = {},
): Promise<Asset> {
  const a = await expectJson<Asset>(
    await as('/api/assets', {
      method: 'POST',
      body: {
        name,
        type: 'application',
        confidentiality: 3,
        integrity: 3,
        availability: 2,
        label: 'confidential',
        ownerPersonId,
        ...extra,
      },
    }),
    201,
    `create asset ${name}`,
  );
  return { id: a.id, reference: a.reference, name: a.name };
}

/** Signs in over the API and posts a CSV body (the seed's JSON helper sends only JSON). */
export async function importEntitlements(
  base: string,
  who: Who,
  csv: string,
  fileName = 'entitlements.csv',
): Promise<ImportSummary> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in for import: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/entitlements/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
    body: csv,
  });
  return expectJson<ImportSummary>(res, 201, `import ${fileName}`);
}

/** A campaign started through the API (the ISM). */
export async function createReview(as: Call, title: string, assetIds: string[], dueOn = dayIn(14)): Promise<Review> {
  return expectJson<Review>(
    await as('/api/access-reviews', { method: 'POST', body: { title, assetIds, differential: false, dueOn } }),
    201,
    `create review ${title}`,
  );
}

export type ReviewItem = {
  entitlementId: string;
  account: string;
  entitlement: string;
  routed: string | null;
  toxic: boolean;
  decision: string | null;
  reviewer: { id: string; fullName: string } | null;
};

/** Every item of a campaign the caller may see (one page is enough for a seed). */
export async function reviewItems(as: Call, reviewId: string, query = ''): Promise<ReviewItem[]> {
  return (
    await expectJson<{ items: ReviewItem[] }>(
      await as(`/api/access-reviews/${reviewId}/items?limit=200${query ? `&${query}` : ''}`),
      200,
      'review items',
    )
  ).items;
}

/**
 * The usual world: Top Management and the ISM, an Operations unit, Owen who owns the Payroll
 * system and reports to Maya, Sam who administers it, and Alice and Bob who hold accounts on it. Payroll's accounts are
 * imported: Owen's own, Alice's, Bob's, and `svc-legacy`, which belongs to nobody.
 */
export async function seedPayroll(base: string) {
  const { admin, ismApi, tmApi, ismId, tmId } = await seedLeadership(base, TM, ISM);
  const ops = await createOrgUnit(ismApi, 'OPS', 'Operations');
  const mayaId = await createAccount(admin, MAYA);
  const owenId = await createAccount(admin, OWEN);
  const aliceId = await createAccount(admin, ALICE);
  const bobId = await createAccount(admin, BOB);
  const samId = await createAccount(admin, SAM);
  await updatePerson(ismApi, mayaId, { orgUnitId: ops });
  await updatePerson(ismApi, owenId, { orgUnitId: ops, managerId: mayaId });
  await updatePerson(ismApi, aliceId, { orgUnitId: ops, managerId: owenId });
  await updatePerson(ismApi, bobId, { orgUnitId: ops, managerId: owenId });
  const payroll = await createAsset(ismApi, 'Payroll', owenId, { custodianPersonId: samId });
  const summary = await importEntitlements(
    base,
    ISM,
    [
      'system,account,person,entitlement,privileged',
      `${payroll.reference},owen.o,${OWEN.email},payroll-admin,true`,
      `${payroll.reference},alice.a,${ALICE.email},payroll-clerk,no`,
      `${payroll.reference},bob.b,${BOB.email},payroll-viewer,0`,
      `${payroll.reference},svc-legacy,,payroll-batch,yes`,
    ].join('\n'),
    'payroll.csv',
  );
  return { admin, ismApi, tmApi, ismId, tmId, ops, mayaId, owenId, aliceId, bobId, samId, payroll, summary };
}

/** The account names in the items table as shown. */
export async function shownAccounts(page: Page): Promise<string[]> {
  return (await attributeOfAll(page.getByTestId('review-item-row'), 'data-account')).map((a) => a ?? '');
}

/** A row of the items table by its account name. */
export const itemRow = (page: Page, account: string) =>
  page.locator(`[data-testid="review-item-row"][data-account="${account}"]`);

/** Chooses an option of an open Mantine combobox by its visible name. */
export async function chooseOption(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('option', { name }).first().click();
}

/** Screenshots of pages in the dark colour scheme, signed in as `who`; each waits for its test id. */
export async function darkShots(
  browser: Browser,
  base: string,
  who: Who,
  pages: { path: string; waitFor: string; name: string }[],
): Promise<void> {
  const dark = await newPage(browser, base, 'dark');
  await signInThroughUi(dark.page, who.email, PASSWORD);
  for (const p of pages) {
    await dark.page.goto(p.path);
    await dark.page.getByTestId(p.waitFor).first().waitFor();
    await screenshot(dark.page, p.name);
  }
  await dark.context.close();
}

/** expect.poll with room for a page load (its default second is too short after a navigation). */
export const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 100 });
