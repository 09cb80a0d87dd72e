import { diffLines } from 'diff';
import type { PolicyVersionTable } from '../../db/schema.js';
import { addMonths } from '../../core/dates.js';

export { addMonths };
import type { TPolicyVersionStatus } from '../../../contracts/policies.js';

/**
 * Pure rules of the policies module: the version lifecycle, audiences, due dates, quiz scoring,
 * review dates and the line diff. No I/O.
 */

const DAY = 86_400_000;

export const policyReference = (n: number): string => `POL-${String(n).padStart(3, '0')}`;

/** Versions still being worked on; a policy has at most one. */
export const PENDING_STATUSES: TPolicyVersionStatus[] = ['draft', 'in_review', 'approved'];
/** Versions that were once in force: readable by everyone, never changed. */
export const PUBLISHED_STATUSES: TPolicyVersionStatus[] = ['published', 'superseded', 'retired'];

export const isPending = (s: TPolicyVersionStatus) => PENDING_STATUSES.includes(s);
export const wasPublished = (s: TPolicyVersionStatus) => PUBLISHED_STATUSES.includes(s);

/** The Markdown a new policy starts from when its author gives none. */
export function starterBody(title: string): string {
  return [
    `# ${title}`,
    '',
    '## Purpose',
    '',
    'Why this policy exists and what it protects.',
    '',
    '## Scope',
    '',
    'Who and what it applies to.',
    '',
    '## Policy',
    '',
    '- The rules people must follow.',
    '',
    '## Roles and responsibilities',
    '',
    'Who does what under this policy.',
    '',
    '## Compliance',
    '',
    'How compliance is checked, and what happens when the policy is not followed.',
    '',
  ].join('\n');
}

export const plusDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * DAY).toISOString();

/**
 * When a person must have acknowledged a published version: the window counts from publication,
 * or from the person's first day when they joined later (a new joiner gets the versions in force).
 */
export function ackDueAt(publishedAt: string, startDate: string | null, withinDays: number): string {
  const joined = startDate ? `${startDate}T00:00:00.000Z` : null;
  const from = joined && joined > publishedAt ? joined : publishedAt;
  return plusDays(from, withinDays);
}

/**
 * The latest start date (YYYY-MM-DD) a person may have for their acknowledgement to be overdue
 * at `now`; null when nobody can be overdue yet (the window since publication is still open).
 */
export function overdueStartCutoff(publishedAt: string, withinDays: number, now: string): string | null {
  if (plusDays(publishedAt, withinDays) >= now) return null;
  // due = max(published, start) + days < now  ⇔  start + days < now (published already is).
  // Start dates are days: start < now − days, compared as a date, with the day of now − days
  // itself overdue only when its midnight + days is before now, which it is.
  return plusDays(now, -withinDays).slice(0, 10);
}

export type Audience = { everyone: boolean; orgUnitIds: string[]; roleKeys: string[] };

/** Whether one person is in an audience, given their unit's line up the tree and the roles they hold. */
export function inAudience(audience: Audience, person: { unitLine: string[]; roleKeys: string[] }): boolean {
  if (audience.everyone) return true;
  if (audience.orgUnitIds.some((u) => person.unitLine.includes(u))) return true;
  return audience.roleKeys.some((r) => person.roleKeys.includes(r));
}

/** A unit and every unit below it (cycle-safe), for org-unit audiences. */
export function expandUnits(roots: string[], units: { id: string; parent_id: string | null }[]): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent_id === null) continue;
    const list = children.get(u.parent_id) ?? [];
    list.push(u.id);
    children.set(u.parent_id, list);
  }
  const out = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

/** A unit and the units above it, nearest first (cycle-safe). */
export function unitLine(unitId: string | null, parentOf: Map<string, string | null>): string[] {
  const line: string[] = [];
  for (let cur = unitId; cur !== null && cur !== undefined && !line.includes(cur); cur = parentOf.get(cur) ?? null)
    line.push(cur);
  return line;
}

export function describeAudience(a: { everyone: boolean; orgUnits: string[]; roles: string[] }): string {
  if (a.everyone) return 'Everyone in the organisation';
  const parts: string[] = [];
  if (a.orgUnits.length > 0) parts.push(`${a.orgUnits.join(', ')} (and the units below)`);
  if (a.roles.length > 0) parts.push(`holders of ${a.roles.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'Nobody yet';
}

export type QuizQuestion = { id: string; question: string; options: string[]; answer: number };
export type Quiz = { passMark: number; questions: QuizQuestion[] };

/** Gives new questions stable ids and reports answers that point past the options. */
export function normaliseQuiz(quiz: {
  passMark: number;
  questions: { id?: string; question: string; options: string[]; answer: number }[];
}): { quiz: Quiz; errors: { field: string; message: string }[] } {
  const used = new Set(quiz.questions.flatMap((q) => (q.id ? [q.id] : [])));
  let n = 1;
  const nextId = () => {
    while (used.has(`q${n}`)) n++;
    used.add(`q${n}`);
    return `q${n}`;
  };
  const errors: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  const questions = quiz.questions.map((q, i) => {
    let id = q.id ?? nextId();
    if (seen.has(id)) id = nextId();
    seen.add(id);
    if (q.answer >= q.options.length)
      errors.push({ field: `quiz.questions.${i}.answer`, message: 'Choose one of the options as the correct answer' });
    return { id, question: q.question, options: q.options, answer: q.answer };
  });
  return { quiz: { passMark: quiz.passMark, questions }, errors };
}

/** Scores answers against a quiz: percentage correct (rounded down) and the questions got wrong. */
export function scoreQuiz(
  quiz: Quiz,
  answers: { questionId: string; option: number }[],
): { scorePercent: number; passed: boolean; wrong: string[] } {
  const given = new Map(answers.map((a) => [a.questionId, a.option]));
  const wrong = quiz.questions.filter((q) => given.get(q.id) !== q.answer).map((q) => q.id);
  const correct = quiz.questions.length - wrong.length;
  const scorePercent = Math.floor((correct * 100) / quiz.questions.length);
  return { scorePercent, passed: scorePercent >= quiz.passMark, wrong };
}

export type DiffLine = {
  kind: 'same' | 'added' | 'removed';
  text: string;
  oldLine: number | null;
  newLine: number | null;
};

/** Every line of two texts in order, each marked same, added or removed, with its line numbers. */
export function lineDiff(before: string, after: string): { lines: DiffLine[]; added: number; removed: number } {
  const lines: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  // Line endings and a missing final newline are not changes a reader would see.
  const norm = (text: string) => {
    const lf = text.replace(/\r\n?/g, '\n');
    return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
  };
  for (const part of diffLines(norm(before), norm(after))) {
    if (part.value === '') continue;
    const texts = part.value.replace(/\n$/, '').split('\n');
    for (const text of texts) {
      if (part.added) {
        lines.push({ kind: 'added', text, oldLine: null, newLine: newLine++ });
        added++;
      } else if (part.removed) {
        lines.push({ kind: 'removed', text, oldLine: oldLine++, newLine: null });
        removed++;
      } else lines.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  return { lines, added, removed };
}

/** What the approver approved: the title and the text, hashed, so publication can prove it is the same. */
export const approvedContent = (title: string, body: string): string => `${title}\n\n${body}`;

/** A new draft version row: nothing submitted, approved or published yet. */
export function draftVersionRow(v: {
  id: string;
  policyId: string;
  number: number;
  title: string;
  body: string;
  changeSummary: string;
  quiz: string | null;
  authors: string[];
  createdBy: string | null;
  at: string;
}): PolicyVersionTable {
  return {
    id: v.id,
    policy_id: v.policyId,
    number: v.number,
    status: 'draft',
    title: v.title,
    body: v.body,
    change_summary: v.changeSummary,
    quiz: v.quiz,
    authors: JSON.stringify(v.authors),
    created_by: v.createdBy,
    created_at: v.at,
    updated_at: v.at,
    submitted_at: null,
    submitted_by: null,
    approved_at: null,
    approved_by: null,
    approved_role_key: null,
    approved_assignment_id: null,
    approval_note: null,
    content_sha256: null,
    returned_at: null,
    returned_by: null,
    return_note: null,
    published_at: null,
    published_by: null,
    version: 1,
  };
}
