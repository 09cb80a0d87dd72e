import { describe, expect, it } from 'vitest';
import { mailMessageId } from './inbox.mail.service.js';
import {
  appLink,
  digestMail,
  dueSoonMail,
  escalationMail,
  escapeHtml,
  notificationMail,
  oneLine,
  overdueMail,
} from './inbox.mail.templates.js';

const ctx = { organisationName: 'Acme <Corp> & "Sons"', baseUrl: 'https://remit.example.org/' };
const evil = {
  title: '<img src=x onerror=alert(1)> Review',
  detail: 'Line one\r\nBcc: victim@example.org',
  dueAt: '2026-12-04T10:00:00.000Z',
  link: '/my/responsibilities',
};

describe('[INBOX] mail templates', () => {
  it('escapes everything people type, in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const mails = [
      dueSoonMail(ctx, { name: '<i>Ann</i>' }, evil),
      overdueMail(ctx, { name: '<i>Ann</i>' }, evil),
      escalationMail(ctx, { name: '<i>Ann</i>', reason: 'manager' }, { name: '<i>Bo</i>' }, evil, 4),
      digestMail(ctx, { name: '<i>Ann</i>' }, '2026-12-04', [{ ...evil, state: 'overdue' }], [], {
        duties: 0,
        notifications: 0,
      }),
      notificationMail(ctx, { name: '<i>Ann</i>' }, { title: evil.title, body: '<b>x</b>', link: null }),
    ];
    for (const m of mails) {
      expect(m.html).not.toMatch(/<img|<i>|<b>x/);
      expect(m.html).toContain('Acme &lt;Corp&gt; &amp; &quot;Sons&quot;');
      expect(m.subject).not.toMatch(/[\r\n]/);
      expect(m.text).toContain('Acme <Corp> & "Sons"');
    }
    expect(mails[0]!.html).toContain('&lt;img src=x onerror=alert(1)&gt; Review');
    expect(mails[0]!.html).toContain('href="https://remit.example.org/my/responsibilities"');
    expect(mails[0]!.subject).toBe('[Acme <Corp> & "Sons"] Due soon: <img src=x onerror=alert(1)> Review');
    expect(mails[2]!.text).toContain('overdue by 4 working days');
    expect(mails[2]!.text).toContain("you are <i>Bo</i>'s manager");
  });

  it('links only into the app', () => {
    expect(appLink('https://r.example/', '/inbox')).toBe('https://r.example/inbox');
    expect(appLink('https://r.example', 'https://evil.example/')).toBe('https://r.example/inbox');
    expect(appLink('https://r.example', '//evil.example/x')).toBe('https://r.example/inbox');
    expect(oneLine('a\r\nBcc: x\u0000 y')).toBe('a Bcc: x y');
  });

  it('gives one logical mail one Message-ID', () => {
    const a = mailMessageId('reminder:overdue:p:k', 'https://remit.example.org');
    expect(a).toBe(mailMessageId('reminder:overdue:p:k', 'https://remit.example.org'));
    expect(a).not.toBe(mailMessageId('reminder:overdue:p:k2', 'https://remit.example.org'));
    expect(a).toMatch(/^<[0-9a-f]{40}@remit\.example\.org>$/);
  });

  it('summarises the digest and says how much more there is', () => {
    const m = digestMail(
      ctx,
      { name: 'Ann' },
      '2026-12-04',
      [
        { ...evil, title: 'Late one', state: 'overdue' },
        { ...evil, title: 'Soon one', state: 'due_soon' },
      ],
      [{ title: 'Assigned', body: 'You are Risk Owner', link: null, createdAt: '2026-12-04T06:00:00.000Z' }],
      { duties: 3, notifications: 0 },
    );
    expect(m.subject).toBe(
      '[Acme <Corp> & "Sons"] Your Remit summary for 2026-12-04: 5 open duties (1 overdue), 1 unread notification',
    );
    expect(m.text).toContain('- [Overdue] Late one (due 2026-12-04)');
    expect(m.text).toContain('- [Due soon] Soon one');
    expect(m.text).toContain('… and 3 more duties.');
    expect(m.text).toContain('- Assigned: You are Risk Owner');
  });
});
