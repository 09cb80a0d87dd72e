import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, screenshot, signInThroughUi, useServerAndBrowser } from '../fixtures/browser.ts';
import { createAccount, createPolicy, expectJson, PASSWORD, policyStep, seedLeadership } from '../fixtures/seed.ts';
import { ADMIN_ENV } from '../fixtures/server.ts';

const TM = { email: 'tilda@acme.example', name: 'Tilda Head' };
const ISM = { email: 'ismo@acme.example', name: 'Ismo Keeper' };
const READER = { email: 'pia@acme.example', name: 'Pia Phone' };

const BODY = `# Clean Desk and Clear Screen

Paper and screens show what they show to anyone who walks past. These rules keep customer information out of sight, in the office, at home and on the train.

## Rules

1. Lock your screen whenever you step away: Windows+L or Ctrl+Cmd+Q.
2. Put papers with customer information in a locked drawer at the end of the day.
3. Collect prints at once; shred what you no longer need.

| Where | What to do |
| --- | --- |
| Office | Clear the desk every evening |
| Home | Keep work papers out of shared rooms |
| Travelling | Use a privacy filter on the laptop screen |

Questions go to https://intranet.acme.example/security/clean-desk-and-clear-screen-frequently-asked-questions.
`;

/** Nothing sticks out sideways: the page is no wider than the phone's screen. */
const overflow = (page: Page): Promise<number> =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

describe.skipIf(!hasBrowser)('[POLICIES] reading on a phone', () => {
  const ctx = useServerAndBrowser(ADMIN_ENV);

  it('[POLICIES] an employee reads and acknowledges a policy on a 375px-wide phone screen', async () => {
    const base = ctx.server.base;
    // The ISM writes a policy for everyone, Top Management approves it, the ISM publishes it.
    const { admin, ismApi, tmApi } = await seedLeadership(base, TM, ISM);
    await createAccount(admin, READER);
    const policy = await createPolicy(ismApi, {
      kind: 'topic',
      title: 'Clean Desk and Clear Screen Policy',
      summary: 'Keep customer information out of sight when you are not using it.',
      approverRoleKey: 'top_management',
      body: BODY,
    });
    await expectJson(await policyStep(ismApi, policy.id, policy.versionId, 'submit'), 200, 'submit');
    await expectJson(await policyStep(tmApi, policy.id, policy.versionId, 'approve'), 200, 'approve');
    await expectJson(await policyStep(ismApi, policy.id, policy.versionId, 'publish'), 200, 'publish');

    const context = await ctx.browser.newContext({
      baseURL: base,
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signInThroughUi(page, READER.email, PASSWORD);
    // The navigation sits off-screen behind the burger on a phone.
    const navRight = async () => {
      const b = await page.getByTestId('nav-my-policies').boundingBox();
      return b ? b.x + b.width : 0;
    };
    expect(await navRight()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Toggle navigation' }).tap();
    await expect.poll(navRight).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('nav-my-policies-badge').textContent()).toBe('1');
    await screenshot(page, 'policies-phone-nav');
    await page.getByTestId('nav-my-policies').tap();

    const card = page.getByTestId(`my-policy-${policy.reference}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Clean Desk and Clear Screen Policy');
    expect(await card.textContent()).toContain('Keep customer information out of sight');
    expect(await card.getByTestId('my-policy-due').textContent()).toMatch(/^Please acknowledge by /);
    expect(await overflow(page)).toBe(0);
    const button = await card.getByTestId('my-policy-read').boundingBox();
    expect(button!.width).toBeGreaterThan(280);
    expect(button!.height).toBeGreaterThanOrEqual(40);
    await screenshot(page, 'policies-phone-to-read');

    await card.getByTestId('my-policy-read').tap();
    await page.getByTestId('read-policy-title').waitFor();
    expect(await page.getByTestId('read-policy-title').textContent()).toBe('Clean Desk and Clear Screen Policy');
    expect(await page.getByTestId('read-policy-body').textContent()).toContain('Use a privacy filter');
    expect(await overflow(page)).toBe(0);
    const ack = page.getByTestId('policy-acknowledge');
    await ack.scrollIntoViewIfNeeded();
    const box = await ack.boundingBox();
    expect(box!.width).toBeGreaterThan(280);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, 'policies-phone-read');

    await ack.tap();
    await page.getByTestId('policy-acknowledged').waitFor();
    expect(await page.getByTestId('policy-acknowledged').textContent()).toContain('You acknowledged this version');
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'policies-phone-acknowledged');

    await page.getByTestId('policy-back-to-list').tap();
    await page.getByTestId('my-policies-all-done').waitFor();
    await page.getByTestId(`my-policy-done-${policy.reference}`).waitFor();
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'policies-phone-all-done');
    await context.close();

    const mine = await expectJson<{ toRead: unknown[]; acknowledged: { reference: string }[] }>(
      await ismApi('/api/my/policies'),
      200,
      'ISM list',
    );
    // The ISM is in the audience too and has not read it: only Pia acknowledged.
    expect(mine.toRead).toHaveLength(1);
    expect(mine.acknowledged).toHaveLength(0);
  });
});
