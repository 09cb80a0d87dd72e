import { describe, expect, it } from 'vitest';
import {
  apiSession,
  hasBrowser,
  newPage,
  screenshot,
  signInThroughUi,
  useServerAndBrowser,
} from '../fixtures/browser.ts';
import { assign, createAccount, PASSWORD } from '../fixtures/seed.ts';
import { ADMIN, ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tess@acme.example', name: 'Tess Leader' };
const ISM = { email: 'ines@acme.example', name: 'Ines Manager' };
const EMPLOYEE = { email: 'emil@acme.example', name: 'Emil Employee' };

type Matrix = { processes: { key: string; cells: Record<string, string>; version: number }[] };

describe.skipIf(!hasBrowser)('[RESPONSIBILITIES] RACI matrix', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it("[RESPONSIBILITIES] RACI with two A's refused", async () => {
    // The platform admin appoints Top Management while it is vacant; Top Management appoints the ISM.
    const admin = await apiSession(ctx.server.base, ADMIN.email, ADMIN.password);
    const tmId = await createAccount(admin, TM);
    const ismId = await createAccount(admin, ISM);
    await createAccount(admin, EMPLOYEE);
    await assign(admin, tmId, 'top_management');
    await assign(await apiSession(ctx.server.base, TM.email, PASSWORD), ismId, 'isms_manager');
    const ismApi = await apiSession(ctx.server.base, ISM.email, PASSWORD);
    const riskAssessment = async () =>
      ((await (await ismApi('/api/raci')).json()) as Matrix).processes.find((p) => p.key === 'risk_assessment');

    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ISM.email, PASSWORD);
    await page.getByTestId('nav-raci').click();
    await page.getByTestId('raci-table').waitFor();
    expect(await page.locator('[data-testid^="raci-row-"]').count()).toBe(15);
    await screenshot(page, 'raci-matrix-ism');

    const ownerCell = page.getByTestId('raci-cell-risk_assessment-risk_owner');
    expect(await ownerCell.inputValue()).toBe('R');
    await ownerCell.selectOption('A');
    await page.getByTestId('raci-save-risk_assessment').click();
    const refusal = page.getByTestId('raci-error-risk_assessment');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      '“Risk assessment” must have exactly one Accountable role; it has 2 (Information Security Manager (CISO), Risk Owner)',
    );
    await screenshot(page, 'raci-two-accountable-refused');
    expect(await riskAssessment()).toMatchObject({ version: 1, cells: { isms_manager: 'A', risk_owner: 'R' } });

    await page.reload();
    await page.getByTestId('raci-table').waitFor();
    expect(await page.getByTestId('raci-cell-risk_assessment-risk_owner').inputValue()).toBe('R');
    expect(await page.getByTestId('raci-error-risk_assessment').count()).toBe(0);

    // A valid change: the risk owner becomes Accountable and the ISM is consulted.
    await page.getByTestId('raci-cell-risk_assessment-risk_owner').selectOption('A');
    await page.getByTestId('raci-cell-risk_assessment-isms_manager').selectOption('C');
    await page.getByTestId('raci-save-risk_assessment').click();
    await expect.poll(() => page.getByTestId('raci-save-risk_assessment').count()).toBe(0);
    expect(await page.getByTestId('raci-error-risk_assessment').count()).toBe(0);
    expect(await riskAssessment()).toMatchObject({ version: 2, cells: { isms_manager: 'C', risk_owner: 'A' } });
    await page.reload();
    await page.getByTestId('raci-table').waitFor();
    expect(await page.getByTestId('raci-cell-risk_assessment-risk_owner').inputValue()).toBe('A');
    await screenshot(page, 'raci-saved');
    await context.close();

    // Everyone else reads the matrix and edits nothing.
    const employee = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(employee.page, EMPLOYEE.email, PASSWORD);
    await employee.page.getByTestId('nav-raci').click();
    await employee.page.getByTestId('raci-read-only').waitFor();
    expect(await employee.page.locator('select[data-testid^="raci-cell-"]').count()).toBe(0);
    expect(await employee.page.getByTestId('nav-sod').count()).toBe(0);
    await screenshot(employee.page, 'raci-matrix-employee');
    await employee.context.close();
  });
});
