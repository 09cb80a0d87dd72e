/**
 * The mails Remit sends, as HTML and plain text. Pure functions: every value that comes from
 * people (names, titles, organisation name) is escaped in HTML and stripped of line breaks in
 * subjects, so nobody can inject markup or headers through a duty title or a person's name.
 */

export type MailContent = { subject: string; html: string; text: string };

export type MailDuty = { title: string; detail: string; dueAt: string | null; link: string };
export type MailContext = { organisationName: string; baseUrl: string };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/** One line, no control characters, bounded: safe in a Subject header. */
export const oneLine = (value: string, max = 200): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);

/** An absolute link into the web app; anything but an app path falls back to the inbox. */
export function appLink(baseUrl: string, link: string): string {
  const path = link.startsWith('/') && !link.startsWith('//') ? link : '/inbox';
  return `${baseUrl.replace(/\/$/, '')}${path}`;
}

/** 2026-11-29 (the day, UTC); mails do not know the reader's time zone. */
export const formatDay = (at: string | null): string => (at ? at.slice(0, 10) : 'no due date');

/** "Acme · Remit", or just "Remit" while the organisation has not named itself. */
const brand = (ctx: MailContext) =>
  ctx.organisationName.trim() === '' || ctx.organisationName === 'Remit' ? 'Remit' : `${ctx.organisationName} · Remit`;

function layout(ctx: MailContext, heading: string, bodyHtml: string, footerText: string): string {
  const org = escapeHtml(brand(ctx));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328">
<table role="presentation" width="100%" style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;border-radius:8px">
<tr><td style="padding:16px 24px;border-bottom:1px solid #d0d7de;font-size:13px;color:#57606a">${org}</td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:20px">${escapeHtml(heading)}</h1>
${bodyHtml}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d0d7de;font-size:12px;color:#57606a">${escapeHtml(footerText)}</td></tr>
</table></body></html>`;
}

const button = (href: string, label: string) =>
  `<p style="margin:24px 0 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 16px;background:#1c7ed6;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;

const para = (text: string) => `<p style="margin:0 0 12px;line-height:1.5">${escapeHtml(text)}</p>`;

const PREFS_FOOTER = 'You receive this because of your notification settings in Remit (Account → Notifications).';

function dutyBlock(duty: MailDuty): string {
  return `<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 12px">
<tr><td style="padding:12px;background:#f6f8fa;border-radius:6px">
<div style="font-weight:600">${escapeHtml(duty.title)}</div>
${duty.detail ? `<div style="margin-top:4px;color:#57606a">${escapeHtml(duty.detail)}</div>` : ''}
<div style="margin-top:4px;font-size:13px;color:#57606a">Due: ${escapeHtml(formatDay(duty.dueAt))}</div>
</td></tr></table>`;
}

/** "Due soon": sent once, the lead time before a duty is due. */
export function dueSoonMail(ctx: MailContext, to: { name: string }, duty: MailDuty): MailContent {
  const url = appLink(ctx.baseUrl, duty.link);
  const intro = `Hello ${to.name}, this is due on ${formatDay(duty.dueAt)}:`;
  return {
    subject: oneLine(`[${ctx.organisationName}] Due soon: ${duty.title}`),
    html: layout(ctx, 'Due soon', para(intro) + dutyBlock(duty) + button(url, 'Open in Remit'), PREFS_FOOTER),
    text: `${intro}\n\n${duty.title}\n${duty.detail}\nDue: ${formatDay(duty.dueAt)}\n\nOpen in Remit: ${url}\n\n-- \n${brand(ctx)}\n${PREFS_FOOTER}\n`,
  };
}

/** "Overdue": sent once, when a duty's due date has passed. */
export function overdueMail(ctx: MailContext, to: { name: string }, duty: MailDuty): MailContent {
  const url = appLink(ctx.baseUrl, duty.link);
  const intro = `Hello ${to.name}, this was due on ${formatDay(duty.dueAt)} and is still open:`;
  return {
    subject: oneLine(`[${ctx.organisationName}] Overdue: ${duty.title}`),
    html: layout(ctx, 'Overdue', para(intro) + dutyBlock(duty) + button(url, 'Open in Remit'), PREFS_FOOTER),
    text: `${intro}\n\n${duty.title}\n${duty.detail}\nDue: ${formatDay(duty.dueAt)}\n\nOpen in Remit: ${url}\n\n-- \n${brand(ctx)}\n${PREFS_FOOTER}\n`,
  };
}

export type EscalationReason = 'manager' | 'ism';

/** Escalation: a duty is overdue by the configured working days; told to the manager and the ISM. */
export function escalationMail(
  ctx: MailContext,
  to: { name: string; reason: EscalationReason },
  owner: { name: string },
  duty: MailDuty,
  workingDaysOverdue: number,
): MailContent {
  const url = appLink(ctx.baseUrl, duty.link);
  const why =
    to.reason === 'manager'
      ? `You are told because you are ${owner.name}'s manager.`
      : 'You are told because you hold the Information Security Manager role.';
  const intro = `Hello ${to.name}, a duty of ${owner.name} is overdue by ${workingDaysOverdue} working day${workingDaysOverdue === 1 ? '' : 's'} (due ${formatDay(duty.dueAt)}).`;
  return {
    subject: oneLine(`[${ctx.organisationName}] Escalation: ${owner.name} — ${duty.title}`),
    html: layout(
      ctx,
      'Overdue duty escalated',
      para(intro) + dutyBlock(duty) + para(why) + button(url, `Open ${owner.name} in Remit`),
      'Escalations are sent whatever your notification settings, once per duty.',
    ),
    text: `${intro}\n\n${duty.title}\n${duty.detail}\nDue: ${formatDay(duty.dueAt)}\n\n${why}\n\nOpen ${owner.name} in Remit: ${url}\n\n-- \n${brand(ctx)}\n`,
  };
}

export type DigestDuty = MailDuty & { state: 'overdue' | 'due_soon' | 'open' };
export type DigestNotification = { title: string; body: string; link: string | null; createdAt: string };

const STATE_LABEL: Record<DigestDuty['state'], string> = { overdue: 'Overdue', due_soon: 'Due soon', open: 'Open' };

/** The daily digest: open duties (overdue first) and unread notifications. */
export function digestMail(
  ctx: MailContext,
  to: { name: string },
  day: string,
  duties: DigestDuty[],
  notifications: DigestNotification[],
  more: { duties: number; notifications: number },
): MailContent {
  const inbox = appLink(ctx.baseUrl, '/inbox');
  const overdue = duties.filter((d) => d.state === 'overdue').length;
  const totalDuties = duties.length + more.duties;
  const totalNotes = notifications.length + more.notifications;
  const summary = `${totalDuties} open dut${totalDuties === 1 ? 'y' : 'ies'}${overdue ? ` (${overdue} overdue)` : ''}, ${totalNotes} unread notification${totalNotes === 1 ? '' : 's'}`;
  const dutyRows = duties
    .map(
      (d) =>
        `<tr><td style="padding:8px 0;border-bottom:1px solid #eaeef2"><a href="${escapeHtml(appLink(ctx.baseUrl, d.link))}" style="color:#1c7ed6;text-decoration:none;font-weight:600">${escapeHtml(d.title)}</a><div style="font-size:13px;color:#57606a">${escapeHtml(STATE_LABEL[d.state])} · due ${escapeHtml(formatDay(d.dueAt))}</div></td></tr>`,
    )
    .join('');
  const noteRows = notifications
    .map(
      (n) =>
        `<tr><td style="padding:8px 0;border-bottom:1px solid #eaeef2"><div style="font-weight:600">${escapeHtml(n.title)}</div><div style="font-size:13px;color:#57606a">${escapeHtml(n.body)}</div></td></tr>`,
    )
    .join('');
  const moreLine = (n: number, what: string) => (n > 0 ? para(`… and ${n} more ${what}.`) : '');
  const html =
    para(`Hello ${to.name}, your summary for ${day}: ${summary}.`) +
    (duties.length
      ? `<h2 style="font-size:16px;margin:16px 0 4px">Duties</h2><table role="presentation" style="width:100%;border-collapse:collapse">${dutyRows}</table>${moreLine(more.duties, 'duties')}`
      : '') +
    (notifications.length
      ? `<h2 style="font-size:16px;margin:16px 0 4px">Notifications</h2><table role="presentation" style="width:100%;border-collapse:collapse">${noteRows}</table>${moreLine(more.notifications, 'notifications')}`
      : '') +
    button(inbox, 'Open your inbox');
  const textDuties = duties
    .map((d) => `- [${STATE_LABEL[d.state]}] ${d.title} (due ${formatDay(d.dueAt)})\n  ${appLink(ctx.baseUrl, d.link)}`)
    .join('\n');
  const textNotes = notifications.map((n) => `- ${n.title}: ${n.body}`).join('\n');
  const text = [
    `Hello ${to.name}, your summary for ${day}: ${summary}.`,
    duties.length ? `Duties:\n${textDuties}${more.duties ? `\n… and ${more.duties} more duties.` : ''}` : '',
    notifications.length
      ? `Notifications:\n${textNotes}${more.notifications ? `\n… and ${more.notifications} more notifications.` : ''}`
      : '',
    `Open your inbox: ${inbox}`,
    `-- \n${brand(ctx)}\n${PREFS_FOOTER}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    subject: oneLine(`[${ctx.organisationName}] Your Remit summary for ${day}: ${summary}`),
    html: layout(ctx, 'Your daily summary', html, PREFS_FOOTER),
    text: `${text}\n`,
  };
}

/** An in-app notification mailed at once to people who chose immediate mail. */
export function notificationMail(
  ctx: MailContext,
  to: { name: string },
  n: { title: string; body: string; link: string | null },
): MailContent {
  const url = appLink(ctx.baseUrl, n.link ?? '/inbox');
  return {
    subject: oneLine(`[${ctx.organisationName}] ${n.title}`),
    html: layout(ctx, n.title, para(`Hello ${to.name},`) + para(n.body) + button(url, 'Open in Remit'), PREFS_FOOTER),
    text: `Hello ${to.name},\n\n${n.title}\n${n.body}\n\nOpen in Remit: ${url}\n\n-- \n${brand(ctx)}\n${PREFS_FOOTER}\n`,
  };
}
