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
  approveRiskPlan,
  assessRisk,
  assign,
  createAccount,
  createOrgUnit,
  createRisk,
  dayIn,
  expectJson,
  PASSWORD,
  planRisk,
  seedLeadership,
} from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tessa@acme.example', name: 'Tessa Board' };
const ISM = { email: 'ines@acme.example', name: 'Ines Security' };
const FINN = { email: 'finn@acme.example', name: 'Finn Ledger' };
const SAM = { email: 'sam@acme.example', name: 'Sam Seller' };
const CARL = { email: 'carl@acme.example', name: 'Carl Controller' };

type TrailItem = { action: string; authorizedAs: string | null; actorName: string | null };
type Problem = { code: string; rule?: string; detail: string };

/** The risk's id in a risk page's address: /risks/:id. */
function riskIdOf(page: Page): string {
  const m = /\/risks\/([0-9a-f-]{36})$/.exec(page.url());
  if (!m) throw new Error(`not a risk page: ${page.url()}`);
  return m[1]!;
}

/** Chooses a step on one of the assessment dialog's scales ("4 · Likely"). */
async function pick(page: Page, scale: string, value: number): Promise<void> {
  await page
    .getByTestId(`assess-${scale}`)
    .getByText(new RegExp(`^${value} · `))
    .click();
}

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/** A full-page screenshot taken from the top, so the fixed header is where it belongs. */
async function shotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}

describe.skipIf(!hasBrowser)('[RISKS] risk lifecycle', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[RISKS] a risk owner assesses, builds and approves a plan, accepts residual risk; a non-owner is refused; above appetite only Top Management accepts; the trail names each role', async () => {
    const base = ctx.server.base;
    // Admin appoints Top Management, who appoints the ISM. The ISM sets up Finance and Sales,
    // each with its Risk Owner, and Carl, who will carry out a treatment action.
    const { admin, ismApi } = await seedLeadership(base, TM, ISM);
    const fin = await createOrgUnit(ismApi, 'FIN', 'Finance');
    const sales = await createOrgUnit(ismApi, 'SAL', 'Sales');
    const finnId = await createAccount(admin, FINN);
    const samId = await createAccount(admin, SAM);
    const carlId = await createAccount(admin, CARL);
    await assign(ismApi, finnId, 'risk_owner', { scopeType: 'org_unit', scopeId: fin });
    await assign(ismApi, samId, 'risk_owner', { scopeType: 'org_unit', scopeId: sales });
    const finnApi = await apiSession(base, FINN.email, PASSWORD);
    const samApi = await apiSession(base, SAM.email, PASSWORD);

    // The ISM identifies the first Finance risk through the register's New risk dialog.
    const ism = await newPage(ctx.browser, base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-risks').click();
    await ism.page.getByTestId('risks-empty').waitFor();
    await ism.page.getByTestId('risk-new').click();
    await ism.page.getByTestId('risk-title-input').fill('Invoice fraud through changed supplier bank details');
    await ism.page.getByTestId('risk-category-input').fill('Fraud');
    await ism.page.getByTestId('risk-org-unit-input').fill('Finance');
    await ism.page.getByRole('option', { name: /Finance \(FIN\)/ }).click();
    await ism.page.getByTestId('risk-threat-input').fill('A fraudster posing as a supplier');
    await ism.page.getByTestId('risk-vulnerability-input').fill('Bank detail changes are accepted by email alone');
    await ism.page
      .getByTestId('risk-description-input')
      .fill('A payment run sends a supplier invoice to an account the fraudster controls.');
    await screenshot(ism.page, 'risks-new-risk');
    await ism.page.getByTestId('risk-create-submit').click();
    await ism.page.getByTestId('risk-header').waitFor();
    const invoiceId = riskIdOf(ism.page);
    expect(await text(ism.page, 'risk-reference')).toBe('RSK-0001');
    expect(await text(ism.page, 'risk-status')).toBe('Identified');
    expect(await text(ism.page, 'risk-org-unit')).toBe('Finance');
    // Nobody was named: Finn owns it through Finance.
    expect(await text(ism.page, 'risk-owner')).toContain(FINN.name);
    expect(await text(ism.page, 'risk-owner-via')).toBe('through the org unit');
    await ism.page.getByTestId('risk-unassessed').waitFor();

    // Two more Finance risks, seeded: one within appetite, one above it with a plan Finn approved.
    const payroll = await createRisk(ismApi, { title: 'Payroll file altered before upload', orgUnitId: fin });
    await assessRisk(finnApi, payroll.id, [3, 3, 2, 2]);
    const erp = await createRisk(ismApi, { title: 'ERP outage during the year-end close', orgUnitId: fin });
    await assessRisk(finnApi, erp.id, [5, 4, 4, 4], 'Single ERP instance, no tested failover');
    await planRisk(finnApi, erp.id, 'modify', [
      { title: 'Contract a standby ERP instance', ownerPersonId: carlId, dueDate: dayIn(90) },
    ]);
    await approveRiskPlan(finnApi, erp.id);

    // Finn, the Risk Owner of Finance, finds the risk in the register and assesses it: residual 2 × 3, within appetite.
    const finn = await newPage(ctx.browser, base);
    await signInThroughUi(finn.page, FINN.email, PASSWORD);
    await finn.page.getByTestId('nav-risks').click();
    await finn.page.getByTestId('risk-row-RSK-0001').getByTestId('risk-row-title').click();
    await finn.page.waitForURL(`**/risks/${invoiceId}`);
    await finn.page.getByTestId('risk-assess').click();
    await pick(finn.page, 'inherent-likelihood', 4);
    await pick(finn.page, 'inherent-impact', 4);
    await pick(finn.page, 'residual-likelihood', 2);
    await pick(finn.page, 'residual-impact', 3);
    expect(await text(finn.page, 'assess-residual-impact-description')).toContain('Noticeable disruption');
    expect(await finn.page.getByTestId('assess-preview-inherent').getAttribute('data-score')).toBe('16');
    expect(await finn.page.getByTestId('assess-preview-residual').getAttribute('data-score')).toBe('6');
    expect(await text(finn.page, 'assess-preview-appetite')).toBe(
      'Within the appetite (up to 9): the risk owner may accept it.',
    );
    await finn.page
      .getByTestId('assess-rationale')
      .fill('Two fraud attempts last year; call-back to a known number is now required for bank detail changes.');
    await screenshot(finn.page, 'risks-assess-dialog');
    await finn.page.getByTestId('assess-submit').click();
    await finn.page.getByTestId('assess-submit').waitFor({ state: 'detached' });
    await expect.poll(() => text(finn.page, 'risk-residual')).toBe('6 · Medium');
    expect(await text(finn.page, 'risk-inherent')).toBe('16 · High');
    expect(await text(finn.page, 'risk-status')).toBe('Assessed');
    await expect.poll(() => finn.page.getByTestId('assessment-row').count()).toBe(1);
    expect(await text(finn.page, 'assessment-row')).toContain(`${FINN.name}Risk Owner`);

    // Treatment: modify, with one action for Carl; the plan then awaits Finn's approval.
    await finn.page.getByTestId('treatment-option-modify').click();
    await finn.page.getByTestId('treatment-note-input').fill('Verify every bank detail change by call-back.');
    await finn.page.getByTestId('treatment-save').click();
    await expect.poll(() => text(finn.page, 'risk-status')).toBe('In treatment');
    expect(await text(finn.page, 'risk-treatment-option')).toBe('Modify');
    await finn.page.getByTestId('action-add').click();
    await finn.page.getByTestId('action-title-input').fill('Call-back procedure for bank detail changes');
    await finn.page
      .getByTestId('action-description-input')
      .fill('Confirm every change with the supplier on a number already on file.');
    await finn.page.getByTestId('action-owner-input').fill('Carl');
    await finn.page.getByRole('option', { name: /Carl Controller/ }).click();
    await finn.page.getByTestId('action-due-input').fill(dayIn(30));
    await finn.page.getByTestId('action-save').click();
    await finn.page.getByTestId('action-save').waitFor({ state: 'detached' });
    const row = finn.page.getByTestId('action-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Call-back procedure for bank detail changes');
    expect(await row.textContent()).toContain(CARL.name);
    expect(await text(finn.page, 'plan-approval')).toBe('Awaiting the risk owner’s approval');
    await finn.page.getByTestId('plan-approve').click();
    await expect.poll(() => finn.page.getByRole('dialog').textContent()).toContain('modify');
    await finn.page.getByTestId('plan-approve-confirm').click();
    await finn.page.getByTestId('plan-approve-confirm').waitFor({ state: 'detached' });
    await expect.poll(() => text(finn.page, 'plan-approval')).toBe('Approved');
    await finn.page.getByTestId('plan-approve').waitFor({ state: 'detached' });
    expect(await finn.page.getByTestId('risk-treatment').textContent()).toContain(`by ${FINN.name} as Risk Owner`);
    await shotFromTop(finn.page, 'risks-plan-approved');

    // Finn accepts the residual risk, within appetite, for six months.
    expect(await text(finn.page, 'acceptance-none')).toBe('The residual risk has not been accepted.');
    await finn.page.getByTestId('risk-accept').click();
    await expect.poll(() => finn.page.getByRole('dialog').textContent()).toContain('within the appetite');
    expect(await finn.page.getByTestId('accept-not-allowed').count()).toBe(0);
    await finn.page
      .getByTestId('accept-justification')
      .fill('Call-back control in place; residual risk acceptable until the next review.');
    await finn.page.getByTestId('accept-expires').fill(dayIn(180));
    await screenshot(finn.page, 'risks-accept-dialog');
    await finn.page.getByTestId('accept-submit').click();
    await finn.page.getByTestId('accept-submit').waitFor({ state: 'detached' });
    await expect.poll(() => text(finn.page, 'acceptance-state')).toBe('In force');
    expect(await text(finn.page, 'acceptance')).toContain(`Accepted by ${FINN.name} as Risk Owner`);
    expect(await text(finn.page, 'acceptance-justification')).toContain('Call-back control in place');
    expect(await text(finn.page, 'risk-status')).toBe('Accepted');
    expect(await text(finn.page, 'risk-accept')).toBe('Renew acceptance');
    await shotFromTop(finn.page, 'risks-accepted-by-owner');

    // Sam owns Sales risks, not Finance ones: the payroll risk offers him no acceptance, and the API refuses it (SOD-09).
    const sam = await newPage(ctx.browser, base);
    await signInThroughUi(sam.page, SAM.email, PASSWORD);
    await sam.page.goto(`/risks/${payroll.id}`);
    await sam.page.getByTestId('risk-acceptance').waitFor();
    expect(await text(sam.page, 'risk-owner')).toContain(FINN.name);
    expect(await text(sam.page, 'acceptance-who')).toBe(
      `The residual risk is within the appetite, so its Risk Owner (${FINN.name}) accepts it.`,
    );
    expect(await sam.page.getByTestId('risk-accept').count()).toBe(0);
    expect(await sam.page.getByTestId('risk-assess').count()).toBe(0);
    expect(await sam.page.getByTestId('plan-approve').count()).toBe(0);
    await screenshot(sam.page, 'risks-non-owner-no-accept');
    const payrollNow = await expectJson<{ version: number; can: { accept: boolean } }>(
      await samApi(`/api/risks/${payroll.id}`),
      200,
      'payroll risk as Sam',
    );
    expect(payrollNow.can.accept).toBe(false);
    const bySam = await samApi(`/api/risks/${payroll.id}/accept`, {
      method: 'POST',
      body: { version: payrollNow.version, justification: 'Looks fine to me', expiresOn: dayIn(90) },
    });
    expect(bySam.status).toBe(409);
    const samProblem = (await bySam.json()) as Problem;
    expect(samProblem).toMatchObject({ code: 'sod_violation', rule: 'SOD-09' });
    expect(samProblem.detail).toContain('Only the risk owner recorded on this risk may accept');
    await sam.context.close();

    // Ownership moves while Finn has the acceptance dialog open: the ISM makes Sam owner of the
    // payroll risk itself. Finn is no longer its owner, and the dialog shows the refusal.
    await finn.page.goto(`/risks/${payroll.id}`);
    await finn.page.getByTestId('risk-accept').click();
    await finn.page.getByTestId('accept-justification').fill('Dual control on payroll uploads.');
    await finn.page.getByTestId('accept-expires').fill(dayIn(90));
    await assign(ismApi, samId, 'risk_owner', { scopeType: 'risk', scopeId: payroll.id });
    await finn.page.getByTestId('accept-submit').click();
    const notOwner = finn.page.getByRole('dialog').getByTestId('problem');
    await notOwner.waitFor();
    expect(await notOwner.textContent()).toContain('Refused by segregation of duties (SOD-09)');
    expect(await notOwner.textContent()).toContain('Only the risk owner recorded on this risk may accept');
    await screenshot(finn.page, 'risks-accept-refused-not-owner');
    await finn.page.keyboard.press('Escape');
    await finn.page.getByTestId('accept-submit').waitFor({ state: 'detached' });
    await finn.page.reload();
    await expect.poll(() => text(finn.page, 'risk-owner')).toContain(SAM.name);
    expect(await text(finn.page, 'risk-owner-via')).toBe('owner of this risk');
    expect(await finn.page.getByTestId('risk-accept').count()).toBe(0);
    const asFinn = await expectJson<{ can: { accept: boolean } }>(
      await finnApi(`/api/risks/${payroll.id}`),
      200,
      'payroll risk as Finn',
    );
    expect(asFinn.can.accept).toBe(false);

    // The ERP risk is above appetite (16 > 9): Finn may open the dialog, which explains, and is refused.
    await finn.page.goto(`/risks/${erp.id}`);
    const above = finn.page.getByTestId('risk-above-appetite');
    await above.waitFor();
    expect(await above.textContent()).toContain('The residual score 16 is above the appetite (up to 9)');
    expect(await text(finn.page, 'acceptance-who')).toBe(
      'The residual risk is above the appetite, so Top Management must accept it; the risk owner may not.',
    );
    await finn.page.getByTestId('risk-accept').click();
    const explain = finn.page.getByTestId('accept-above-appetite');
    await explain.waitFor();
    expect(await explain.textContent()).toContain('Above the risk appetite: Top Management must accept it');
    expect(await explain.textContent()).toContain('You own this risk');
    await finn.page.getByTestId('accept-justification').fill('Standby contract signed; I accept the rest.');
    await finn.page.getByTestId('accept-expires').fill(dayIn(90));
    await finn.page.getByTestId('accept-submit').click();
    const refused = finn.page.getByRole('dialog').getByTestId('problem');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Refused by segregation of duties (SOD-09)');
    expect(await refused.textContent()).toContain('only Top Management may accept it');
    await screenshot(finn.page, 'risks-accept-refused-sod-09');
    await finn.page.keyboard.press('Escape');
    await finn.page.getByTestId('accept-submit').waitFor({ state: 'detached' });
    expect(await finn.page.getByTestId('acceptance-none').count()).toBe(1);
    await finn.context.close();

    // Tessa, Top Management, finds the decision in her inbox and accepts above appetite.
    const tessa = await newPage(ctx.browser, base);
    await signInThroughUi(tessa.page, TM.email, PASSWORD);
    await tessa.page.getByTestId('nav-inbox').click();
    const duty = tessa.page.getByTestId('duty-risks.accept_above_appetite');
    await duty.waitFor();
    expect(await duty.textContent()).toContain(
      `Decide on ${erp.reference} ERP outage during the year-end close: residual risk above appetite`,
    );
    await screenshot(tessa.page, 'risks-inbox-above-appetite');
    await duty.getByRole('link', { name: new RegExp(`Decide on ${erp.reference}`) }).click();
    await tessa.page.waitForURL(`**/risks/${erp.id}`);
    await tessa.page.getByTestId('risk-accept').click();
    const asTm = tessa.page.getByTestId('accept-above-appetite');
    await asTm.waitFor();
    expect(await asTm.textContent()).toContain('you accept it as Top Management');
    await tessa.page
      .getByTestId('accept-justification')
      .fill('Accepted until the standby instance is live; the board reviews progress quarterly.');
    await tessa.page.getByTestId('accept-expires').fill(dayIn(120));
    await tessa.page.getByTestId('accept-submit').click();
    await tessa.page.getByTestId('accept-submit').waitFor({ state: 'detached' });
    await expect.poll(() => text(tessa.page, 'acceptance-state')).toBe('In force');
    expect(await text(tessa.page, 'acceptance')).toContain(`Accepted by ${TM.name} as Top Management`);
    expect(await text(tessa.page, 'acceptance')).toContain('above appetite');
    await expect.poll(() => text(tessa.page, 'risk-above-appetite')).toContain('Above the risk appetite, accepted');
    expect(await text(tessa.page, 'risk-above-appetite')).toContain(`${TM.name} accepted it as Top Management`);
    expect(await text(tessa.page, 'risk-status')).toBe('Accepted');
    await shotFromTop(tessa.page, 'risks-accepted-by-top-management');
    // The duty is done.
    await tessa.page.getByTestId('nav-inbox').click();
    // (The cached inbox may show first; the refetch drops the duty.)
    await tessa.page.locator('[data-testid="inbox-table"], [data-testid="inbox-empty"]').first().waitFor();
    await expect.poll(() => tessa.page.getByTestId('duty-risks.accept_above_appetite').count()).toBe(0);
    await tessa.context.close();

    // The trail names the role each decision was taken under.
    const trailOf = async (id: string) =>
      (
        await expectJson<{ items: TrailItem[] }>(
          await ismApi(`/api/trail?objectType=risk&objectId=${id}`),
          200,
          'risk trail',
        )
      ).items;
    const roles = (items: TrailItem[], action: string) =>
      items.filter((e) => e.action === action).map((e) => `${e.authorizedAs} ${e.actorName}`);
    const invoiceTrail = await trailOf(invoiceId);
    expect(roles(invoiceTrail, 'risk.identified')).toEqual([`role:isms_manager ${ISM.name}`]);
    expect(roles(invoiceTrail, 'risk.assessed')).toEqual([`role:risk_owner ${FINN.name}`]);
    expect(roles(invoiceTrail, 'risk.treatment.set')).toEqual([`role:risk_owner ${FINN.name}`]);
    expect(roles(invoiceTrail, 'risk.action.added')).toEqual([`role:risk_owner ${FINN.name}`]);
    expect(roles(invoiceTrail, 'risk.plan.approved')).toEqual([`role:risk_owner ${FINN.name}`]);
    expect(roles(invoiceTrail, 'risk.accepted')).toEqual([`role:risk_owner ${FINN.name}`]);
    const erpTrail = await trailOf(erp.id);
    expect(roles(erpTrail, 'risk.plan.approved')).toEqual([`role:risk_owner ${FINN.name}`]);
    // Finn's refused acceptance left no acceptance behind; Tessa's is the only one.
    expect(roles(erpTrail, 'risk.accepted')).toEqual([`role:top_management ${TM.name}`]);
    // Sam's refusal on the payroll risk wrote no acceptance either.
    expect(roles(await trailOf(payroll.id), 'risk.accepted')).toEqual([]);

    // The ISM reads the same on the audit trail page, filtered to the first risk.
    await ism.page.getByTestId('nav-trail').click();
    await ism.page.getByTestId('trail-filter-objectType').fill('risk');
    await ism.page.getByTestId('trail-filter-objectId').fill(invoiceId);
    await ism.page.getByTestId('trail-apply').click();
    await expect.poll(() => ism.page.getByTestId('trail-row').count()).toBe(invoiceTrail.length);
    const shown = await ism.page.getByTestId('trail-row').allTextContents();
    expect(shown.find((r) => r.includes('risk.accepted'))).toContain('role:risk_owner');
    expect(shown.find((r) => r.includes('risk.plan.approved'))).toContain(FINN.name);
    await screenshot(ism.page, 'risks-trail-of-risk');
    await ism.context.close();
  }, 90_000);
});
