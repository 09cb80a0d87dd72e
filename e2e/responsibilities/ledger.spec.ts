import { describe, expect, it } from 'vitest';
import {
  apiSession,
  chooseMenuItem,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { assign, createAccount, PASSWORD, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tara@acme.example', name: 'Tara Chief' };
const ISM = { email: 'ivo@acme.example', name: 'Ivo Security' };
const AUDITOR = { email: 'aude@acme.example', name: 'Aude Auditor' };
const LEAVER = { email: 'leo@acme.example', name: 'Leo Leaving' };
const DEPUTY = { email: 'dana@acme.example', name: 'Dana Deputy' };
const MANAGER = { email: 'max@acme.example', name: 'Max Manager' };

describe.skipIf(!hasBrowser)('[RESPONSIBILITIES] the responsibility ledger', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[RESPONSIBILITIES] the ISM assigns a role and the assignee acknowledges it; self-assignment is refused with SOD-00', async () => {
    const { admin } = await seedLeadership(ctx.server.base, TM, ISM);
    await createAccount(admin, AUDITOR);

    const ism = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(ism.page, ISM.email, PASSWORD);
    await ism.page.getByTestId('nav-roles').click();
    await ism.page.getByTestId('role-card-internal_auditor').waitFor();
    await screenshot(ism.page, 'roles-catalogue');
    await ism.page.getByTestId('role-card-internal_auditor').getByRole('link').click();
    await ism.page.getByTestId('role-description').waitFor();
    await ism.page.getByTestId('role-assign').click();
    await ism.page.getByTestId('assign-person').fill('Aude');
    await ism.page.getByRole('option', { name: /Aude Auditor/ }).click();
    await ism.page.getByTestId('assign-reason').fill('Leads the 2027 internal audit programme');
    await screenshot(ism.page, 'role-assign-dialog');
    await ism.page.getByTestId('assign-submit').click();
    await ism.page.getByTestId('role-assignments').getByText('Aude Auditor').waitFor();
    await screenshot(ism.page, 'role-page-internal-auditor');

    // Segregation of duties: the ISM cannot give a role to themselves.
    await ism.page.getByTestId('role-assign').click();
    await ism.page.getByTestId('assign-person').fill('Ivo');
    await ism.page.getByRole('option', { name: /Ivo Security/ }).click();
    await ism.page.getByTestId('assign-reason').fill('Trying to audit myself');
    await ism.page.getByTestId('assign-submit').click();
    const problem = ism.page.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('SOD-00');
    await screenshot(ism.page, 'role-assign-sod-refused');
    await ism.context.close();

    const auditor = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(auditor.page, AUDITOR.email, PASSWORD);
    await auditor.page.getByTestId('nav-my-responsibilities-badge').waitFor();
    expect(await auditor.page.getByTestId('nav-my-responsibilities-badge').textContent()).toBe('2');
    await auditor.page.getByTestId('nav-my-responsibilities').click();
    await auditor.page.getByTestId('my-role-internal_auditor').waitFor();
    await screenshot(auditor.page, 'my-responsibilities-pending');
    await auditor.page.getByTestId('acknowledge-internal_auditor').click();
    await auditor.page.getByTestId('acknowledge-employee').click();
    await auditor.page.getByTestId('all-acknowledged').waitFor();
    await screenshot(auditor.page, 'my-responsibilities-acknowledged');
    await auditor.context.close();

    const ismApi = await apiSession(ctx.server.base, ISM.email, PASSWORD);
    const list = (await (await ismApi('/api/assignments?roleKey=internal_auditor')).json()) as {
      items: { person: { fullName: string }; acknowledgement: string }[];
    };
    expect(list.items).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ fullName: 'Aude Auditor' }),
        acknowledgement: 'acknowledged',
      }),
    ]);
  });

  it('[RESPONSIBILITIES] a leaver is handed over in one action and leaves no orphan', async () => {
    const admin = await apiSession(ctx.server.base, ADMIN.email, ADMIN.password);
    const ismApi = await apiSession(ctx.server.base, ISM.email, PASSWORD);
    const leaverId = await createAccount(admin, LEAVER);
    const deputyId = await createAccount(admin, DEPUTY);
    const managerId = await createAccount(admin, MANAGER);
    await assign(ismApi, leaverId, 'risk_owner');
    await assign(ismApi, deputyId, 'risk_owner', { kind: 'deputy' });
    await assign(ismApi, leaverId, 'sysadmin');

    const person = (await (await ismApi(`/api/people/${leaverId}`)).json()) as { version: number };
    const patched = await ismApi(`/api/people/${leaverId}`, {
      method: 'PATCH',
      body: { version: person.version, managerId },
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
    const leave = await ismApi(`/api/people/${leaverId}`, {
      method: 'PATCH',
      body: { version: ((await patched.json()) as { version: number }).version, status: 'leaver' },
    });
    expect(leave.status, await leave.clone().text()).toBe(200);

    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ISM.email, PASSWORD);
    await page.getByTestId('nav-coverage').click();
    await page.getByTestId('finding-leavers_holding').waitFor();
    expect(await page.getByTestId('finding-leavers_holding').getByTestId('finding-count').textContent()).toBe('1');
    await screenshot(page, 'coverage-with-leaver');
    await page.getByTestId('finding-leavers_holding').click();
    await page.getByTestId('coverage-item').first().waitFor();
    await screenshot(page, 'coverage-leaver-items');

    await page.getByTestId('nav-handovers').click();
    await page.getByTestId(`handover-row-${LEAVER.email}`).getByRole('link').click();
    await page.getByTestId('handover-item-risk_owner').waitFor();
    expect(await page.getByTestId('handover-item-risk_owner').textContent()).toContain('Dana Deputy (deputy)');
    expect(await page.getByTestId('handover-item-sysadmin').textContent()).toContain('Max Manager (manager)');
    await screenshot(page, 'handover-proposed');
    await page.getByTestId('handover-confirm').click();
    await expect.poll(() => page.getByTestId('handover-status').textContent()).toBe('Confirmed');
    await screenshot(page, 'handover-confirmed');

    await page.getByTestId('nav-coverage').click();
    await expect
      .poll(() => page.getByTestId('finding-leavers_holding').getByTestId('finding-count').textContent())
      .toBe('0');
    const held = (await (await ismApi(`/api/assignments?personId=${leaverId}`)).json()) as { items: unknown[] };
    expect(held.items).toEqual([]);
    const riskOwners = (await (await ismApi('/api/assignments?roleKey=risk_owner')).json()) as {
      items: { person: { fullName: string }; kind: string }[];
    };
    expect(riskOwners.items.map((a) => [a.person.fullName, a.kind])).toEqual([['Dana Deputy', 'holder']]);
    await context.close();
  });

  it('[RESPONSIBILITIES] the role history answers who held it on a past date', async () => {
    const ismApi = await apiSession(ctx.server.base, ISM.email, PASSWORD);
    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ISM.email, PASSWORD);
    await page.goto(`${ctx.server.base}/roles/risk_owner`);
    await page.getByTestId('role-assignments').getByText('Dana Deputy').waitFor();
    await page.getByTestId('role-assignments-asof').fill('2020-01-01');
    await page.getByTestId('role-assignments').getByText('Nobody on 2020-01-01').waitFor();
    const past = (await (await ismApi('/api/assignments?roleKey=risk_owner&asOf=2020-01-01')).json()) as {
      items: unknown[];
    };
    expect(past.items).toEqual([]);
    await page.getByTestId('role-assignments-asof').fill('');
    await page.getByTestId('role-assignments-history').click();
    await page.getByTestId('role-assignments').getByText('Leo Leaving').waitFor();
    await screenshot(page, 'role-history');
    await page.getByTestId('role-assignments').getByTestId('assignment-actions').first().click();
    await chooseMenuItem(page, 'assignment-stand-in');
    await page.getByText('Deputies stand in').first().waitFor();
    await context.close();
  });
});
