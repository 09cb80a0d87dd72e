import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasBrowser, newPage, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
import { assign, PASSWORD, seedLeadership, type Call } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tara@acme.example', name: 'Tara Chief' };
const ISM = { email: 'ivo@acme.example', name: 'Ivo Security' };

async function created<T>(res: Response, what: string): Promise<T> {
  if (res.status !== 201 && res.status !== 200) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function unit(as: Call, code: string, name: string, parentId: string | null = null): Promise<string> {
  const res = await as('/api/org-units', { method: 'POST', body: { code, name, parentId } });
  return (await created<{ id: string }>(res, `unit ${code}`)).id;
}

async function person(
  as: Call,
  fullName: string,
  body: { jobTitle?: string; orgUnitId?: string; managerId?: string | null },
): Promise<string> {
  const email = `${fullName.toLowerCase().replace(/\W+/g, '.')}@acme.example`;
  const res = await as('/api/people', { method: 'POST', body: { fullName, email, ...body } });
  return (await created<{ id: string }>(res, `person ${fullName}`)).id;
}

async function edit(as: Call, id: string, patch: Record<string, unknown>): Promise<void> {
  const current = await created<{ version: number }>(await as(`/api/people/${id}`), `read ${id}`);
  await created(
    await as(`/api/people/${id}`, { method: 'PATCH', body: { version: current.version, ...patch } }),
    'edit',
  );
}

describe.skipIf(!hasBrowser)('[RESPONSIBILITIES] org chart', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[RESPONSIBILITIES] org chart shows reporting lines with role badges and exports SVG', async () => {
    const { ismApi, tmId, ismId } = await seedLeadership(ctx.server.base, TM, ISM);
    const group = await unit(ismApi, 'GRP', 'Acme Group');
    const eng = await unit(ismApi, 'ENG', 'Engineering', group);
    const fin = await unit(ismApi, 'FIN', 'Finance', group);
    await edit(ismApi, tmId, { jobTitle: 'Chief Executive', orgUnitId: group });
    await edit(ismApi, ismId, { jobTitle: 'CISO', orgUnitId: group, managerId: tmId });
    const cto = await person(ismApi, 'Carla Tech', { jobTitle: 'CTO', orgUnitId: eng, managerId: tmId });
    const devA = await person(ismApi, 'Dev Adams', { jobTitle: 'Platform engineer', orgUnitId: eng, managerId: cto });
    const devB = await person(ismApi, 'Dev Brooks', { jobTitle: 'Network engineer', orgUnitId: eng, managerId: cto });
    await person(ismApi, 'Ian Intern', { jobTitle: 'Intern', orgUnitId: eng, managerId: devA });
    const cfo = await person(ismApi, 'Fiona Finance', { jobTitle: 'CFO', orgUnitId: fin, managerId: tmId });
    await person(ismApi, 'Axel Accounts', { jobTitle: 'Accountant', orgUnitId: fin, managerId: cfo });
    await assign(ismApi, devA, 'sysadmin', { scopeType: 'org_unit', scopeId: eng });
    await assign(ismApi, devB, 'sysadmin', { scopeType: 'org_unit', scopeId: eng, kind: 'deputy' });
    await assign(ismApi, cfo, 'risk_owner', { scopeType: 'org_unit', scopeId: fin });

    const { page, context } = await newPage(ctx.browser, ctx.server.base);
    await signInThroughUi(page, ISM.email, PASSWORD);
    await page.getByTestId('nav-org-chart').click();
    const node = (name: string) => page.locator(`[data-testid="org-node"][data-name="${name}"]`);
    const toggle = (name: string) => page.locator(`[data-testid="org-toggle"][data-name="${name}"]`);
    await node('Tara Chief').waitFor();

    // Three levels at first: the intern (fourth level) waits behind Dev Adams's toggle.
    for (const name of ['Tara Chief', 'Ivo Security', 'Carla Tech', 'Fiona Finance', 'Dev Adams', 'Axel Accounts'])
      expect(await node(name).count(), name).toBe(1);
    expect(await node('Ian Intern').count()).toBe(0);
    expect(await toggle('Dev Adams').textContent()).toBe('+1');

    // Badges: current holders and deputies, coloured per role, never the Employee role.
    const badge = (name: string, role: string) => node(name).locator(`[data-testid="org-badge"][data-role="${role}"]`);
    expect(await badge('Tara Chief', 'top_management').count()).toBe(1);
    expect(await badge('Ivo Security', 'isms_manager').count()).toBe(1);
    expect(await badge('Dev Adams', 'sysadmin').getAttribute('data-kind')).toBe('holder');
    expect(await badge('Dev Brooks', 'sysadmin').getAttribute('data-kind')).toBe('deputy');
    expect(await badge('Fiona Finance', 'risk_owner').textContent()).toContain('Finance');
    expect(await page.locator('[data-testid="org-badge"][data-role="employee"]').count()).toBe(0);
    await screenshot(page, 'org-chart');

    // Expanding a branch fetches it.
    await toggle('Dev Adams').click();
    await node('Ian Intern').waitFor();
    expect(await toggle('Dev Adams').textContent()).toBe('−');
    await screenshot(page, 'org-chart-expanded');

    // Export SVG: a standalone file with the boxes, names and badges.
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('org-export-svg').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toMatch(/^org-chart-organisation-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Ian Intern');
    expect(svg).toContain('SysAdmin');
    expect(svg).not.toContain('data-testid="org-toggle"');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('org-export-png').click(),
    ]);
    const png = fs.readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);

    // Filter by org unit: Engineering starts at its CTO.
    await page.getByTestId('org-unit-filter').click();
    await page.getByRole('option', { name: /Engineering/ }).click();
    await page.waitForURL(/unit=/);
    await node('Carla Tech').waitFor();
    await expect.poll(() => node('Tara Chief').count()).toBe(0);
    expect(await node('Fiona Finance').count()).toBe(0);
    // The old tree is gone; wait for the new one to be drawn before reading it.
    await expect.poll(() => node('Ian Intern').count()).toBe(1);
    await screenshot(page, 'org-chart-engineering');

    // A person opens their page.
    await node('Dev Brooks').click();
    await page.waitForURL(new RegExp(`/people/${devB}$`));
    await context.close();
  });
});
