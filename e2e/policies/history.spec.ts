import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import {
  createAccount,
  createPolicy,
  expectJson,
  newPolicyDraft,
  PASSWORD,
  policyStep,
  savePolicyDraft,
  seedLeadership,
  type Call,
} from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tamar@acme.example', name: 'Tamar Chief' };
const ISM = { email: 'igor@acme.example', name: 'Igor Guard' };
const OWNER = { email: 'olga@acme.example', name: 'Olga Owner' };

const V1 = `# Access Control

## Rules

- Accounts are personal.
- Passwords have at least 12 characters.
- Access is reviewed every year.
`;

const V2 = `# Access Control

## Rules

- Accounts are personal.
- Passwords have at least 14 characters.
- Multi-factor authentication protects every remote login.
- Access is reviewed every year.
`;

/** One step through the API that must succeed. */
async function step(as: Call, policyId: string, versionId: string, s: 'submit' | 'approve' | 'publish') {
  await expectJson(await policyStep(as, policyId, versionId, s), 200, `${s} ${versionId}`);
}

/** Fetches a link of the page with the page's own session; returns status, type and the first bytes. */
async function follow(page: Page, testId: string) {
  const href = await page.getByTestId(testId).getAttribute('href');
  if (!href) throw new Error(`${testId} has no href`);
  const res = await page.request.get(href);
  const body = await res.body();
  return {
    href,
    status: res.status(),
    type: res.headers()['content-type'] ?? '',
    disposition: res.headers()['content-disposition'] ?? '',
    body,
  };
}

describe.skipIf(!hasBrowser)('[POLICIES] history, evidence and periodic review', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[POLICIES] versions compared line by line, PDF and exports downloaded, a review without changes re-approved', async () => {
    const base = ctx.server.base;
    // Olga owns a topic policy the ISM approves; she wrote both versions, the ISM approved both.
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    const olgaId = await createAccount(admin, OWNER);
    const policy = await createPolicy(ismApi, {
      kind: 'topic',
      title: 'Access Control Policy',
      summary: 'Who gets access to what, and how it is checked.',
      ownerPersonId: olgaId,
    });
    expect(policy.reference).toBe('POL-001');
    const olgaApi = await apiSession(base, OWNER.email, PASSWORD);
    await savePolicyDraft(olgaApi, policy.id, policy.versionId, { title: 'Access Control Policy', body: V1 });
    await step(olgaApi, policy.id, policy.versionId, 'submit');
    await step(ismApi, policy.id, policy.versionId, 'approve');
    await step(olgaApi, policy.id, policy.versionId, 'publish');
    const v2 = await newPolicyDraft(olgaApi, policy.id);
    await savePolicyDraft(olgaApi, policy.id, v2, {
      title: 'Access Control and Authentication Policy',
      body: V2,
      changeSummary: 'Longer passwords; MFA for remote logins',
    });
    await step(olgaApi, policy.id, v2, 'submit');
    await step(ismApi, policy.id, v2, 'approve');
    await step(olgaApi, policy.id, v2, 'publish');

    // Olga compares the two versions from the Versions tab.
    const olga = await newPage(ctx.browser, base);
    await signInThroughUi(olga.page, OWNER.email, PASSWORD);
    await olga.page.getByTestId('nav-policies').click();
    await olga.page.getByTestId('policy-row-POL-001').click();
    await olga.page.getByTestId('policy-tab-versions').click();
    await olga.page.getByTestId('version-row-1').getByTestId('version-pick').check();
    await olga.page.getByTestId('version-row-2').getByTestId('version-pick').check();
    await olga.page.getByTestId('versions-compare').click();
    await olga.page.waitForURL(/\/diff\?from=.+&to=.+/);
    const summary = olga.page.getByTestId('diff-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Version 1 → version 2');
    expect(await olga.page.getByTestId('diff-added').textContent()).toBe('+2 lines added');
    expect(await olga.page.getByTestId('diff-removed').textContent()).toBe('−1 line removed');
    const lines = (kind: string) =>
      olga.page.getByTestId('diff-view').locator(`[data-testid="diff-line"][data-kind="${kind}"]`).allTextContents();
    expect(await lines('added')).toEqual([
      expect.stringContaining('- Passwords have at least 14 characters.'),
      expect.stringContaining('- Multi-factor authentication protects every remote login.'),
    ]);
    expect(await lines('removed')).toEqual([expect.stringContaining('- Passwords have at least 12 characters.')]);
    expect((await lines('same')).length).toBe(6);
    const title = olga.page.getByTestId('diff-title');
    expect(await title.textContent()).toContain('Access Control Policy');
    expect(await title.textContent()).toContain('Access Control and Authentication Policy');
    await screenshot(olga.page, 'policies-diff');
    await olga.page.getByTestId('diff-swap').click();
    await expect.poll(() => summary.textContent()).toContain('Version 2 → version 1');
    expect(await olga.page.getByTestId('diff-added').textContent()).toBe('+1 line added');
    expect(await olga.page.getByTestId('diff-removed').textContent()).toBe('−2 lines removed');

    // The PDF of the version in force, and of the superseded one, downloaded with Olga's session.
    await olga.page.goto(`/policies/${policy.id}`);
    await olga.page.getByTestId('in-force').waitFor();
    const pdf = await follow(olga.page, 'policy-pdf');
    expect(pdf.href).toBe(`/api/policies/${policy.id}/versions/${v2}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toContain('POL-001-v2');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await follow(olga.page, 'in-force-pdf')).href).toBe(pdf.href);
    await olga.page.getByTestId('policy-tab-versions').click();
    await olga.page.getByTestId('version-row-1').getByRole('link', { name: 'Version 1' }).click();
    await olga.page.getByTestId('version-superseded').waitFor();
    const oldPdf = await follow(olga.page, 'version-pdf');
    expect([oldPdf.status, oldPdf.type]).toEqual([200, 'application/pdf']);
    expect(oldPdf.disposition).toContain('POL-001-v1');
    expect(oldPdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    // The register and the acknowledgement evidence export as CSV and XLSX.
    await olga.page.getByTestId('nav-policies').click();
    await olga.page.getByTestId('policy-row-POL-001').waitFor();
    const csv = await follow(olga.page, 'policies-export-csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const register = csv.body.toString('utf8');
    expect(register).toContain('Reference');
    expect(register).toMatch(/POL-001,Access Control and Authentication Policy,Topic-specific,published,2,/);
    expect(register).toContain('Olga Owner');
    const xlsx = await follow(olga.page, 'policies-export-xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    await olga.page.goto(`/policies/${policy.id}`);
    await olga.page.getByTestId('in-force-campaign').click();
    await olga.page.getByTestId('campaign-summary').waitFor();
    const evidence = await follow(olga.page, 'campaign-export-csv');
    expect(evidence.status).toBe(200);
    expect(evidence.type).toContain('text/csv');
    expect(evidence.body.toString('utf8')).toContain('Acknowledged at');
    expect(evidence.body.toString('utf8')).toContain('olga@acme.example');

    // Olga reviews the policy and finds nothing to change: she records it for re-approval.
    await olga.page.goto(`/policies/${policy.id}`);
    await olga.page.getByTestId('policy-tab-reviews').click();
    const revised = olga.page.getByTestId('review-row').filter({ hasText: 'Revised · version 2' });
    await revised.waitFor();
    expect(await revised.getByTestId('review-status').textContent()).toBe('Recorded');
    await olga.page.getByTestId('review-record').click();
    await olga.page.getByTestId('review-note').fill('Checked against the new remote-work set-up; still fits.');
    await olga.page.getByTestId('review-record-submit').click();
    await olga.page.getByTestId('review-record-submit').waitFor({ state: 'detached' });
    const requested = olga.page.getByTestId('review-row').filter({ hasText: 'No changes · version 2' });
    await requested.waitFor();
    expect(await requested.getByTestId('review-status').textContent()).toBe('Awaiting re-approval');
    expect(await requested.getByTestId('review-approve').count()).toBe(0);
    await olga.page.getByTestId('policy-pending-review').waitFor();
    await expect.poll(() => olga.page.getByTestId('review-record').count()).toBe(0);
    await screenshot(olga.page, 'policies-review-recorded');
    await olga.context.close();

    // The ISM, the approver, finds it in the inbox and re-approves it.
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-inbox').click();
    await ism.page
      .getByTestId('duty-policies.approve')
      .getByRole('link', { name: /Re-approve POL-001/ })
      .click();
    await ism.page.getByTestId('policy-pending-review').waitFor();
    expect(await ism.page.getByTestId('policy-pending-review').textContent()).toContain('Olga Owner');
    await ism.page.getByTestId('policy-pending-review-link').click();
    const pending = ism.page.getByTestId('review-row').filter({ hasText: 'No changes · version 2' });
    await pending.getByTestId('review-approve').click();
    await ism.page.getByTestId('review-decision-note').fill('Agreed; next review in a year.');
    await ism.page.getByTestId('review-decision-submit').click();
    await expect.poll(() => pending.getByTestId('review-status').textContent()).toBe('Re-approved');
    expect(await pending.textContent()).toContain('Igor Guard (Information Security Manager (CISO))');
    expect(await pending.textContent()).toContain('Agreed; next review in a year.');
    await expect.poll(() => ism.page.getByTestId('policy-pending-review').count()).toBe(0);
    await screenshot(ism.page, 'policies-review-reapproved');
    await ism.context.close();

    const trail = await expectJson<{ items: { action: string; authorizedAs: string }[] }>(
      await ismApi(`/api/trail?objectType=policy`),
      200,
      'trail',
    );
    expect(trail.items.map((e) => [e.action, e.authorizedAs]).slice(0, 2)).toEqual([
      ['policy.review.approved', 'role:isms_manager'],
      ['policy.review.requested', 'role:policy_owner'],
    ]);
  });
});
