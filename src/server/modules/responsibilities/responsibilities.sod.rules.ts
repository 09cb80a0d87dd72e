/**
 * Segregation-of-duties rules as code, with the ids of `iso27001/sod-rules.json` (SOD-01…SOD-10)
 * and Remit's own SOD-00. Each check is pure: the service gathers the facts at the moment of the
 * decision and asks; a violation names the rule and says why in words a user understands.
 */
export type SodRuleId =
  | 'SOD-00'
  | 'SOD-01'
  | 'SOD-02'
  | 'SOD-03'
  | 'SOD-04'
  | 'SOD-05'
  | 'SOD-06'
  | 'SOD-07'
  | 'SOD-08'
  | 'SOD-09'
  | 'SOD-10';

export type SodRule = {
  id: SodRuleId;
  name: string;
  rule: string;
  source: string;
  strength: 'mandatory' | 'recommended' | 'mandatory (privileged) / recommended (standard)';
};

export const SOD_RULES: SodRule[] = [
  {
    id: 'SOD-00',
    name: 'No self-assignment',
    rule: 'Nobody assigns an ISMS role to themselves, or ends their own.',
    source: 'Remit; ISO/IEC 27001:2022 5.3',
    strength: 'mandatory',
  },
  {
    id: 'SOD-01',
    name: 'Auditor independence',
    rule: "An internal audit's auditor must not own, implement or be responsible for anything in that audit's scope; the ISMS manager does not audit ISMS processes they run.",
    source: 'ISO/IEC 27001:2022 9.2.2 b; 27002 5.3 g; ISO 19011',
    strength: 'mandatory',
  },
  {
    id: 'SOD-02',
    name: 'No self-approval of access',
    rule: 'Whoever requests access, or benefits from it, must not approve it.',
    source: '27002:2022 5.3 b; A.5.18',
    strength: 'mandatory',
  },
  {
    id: 'SOD-03',
    name: 'Approver ≠ provisioner',
    rule: 'Whoever approves an access right must not also provision it, at least for privileged rights.',
    source: '27002:2022 5.3 b; A.8.2',
    strength: 'mandatory (privileged) / recommended (standard)',
  },
  {
    id: 'SOD-04',
    name: 'No self-certification in access reviews',
    rule: 'A reviewer must not certify their own accounts or privileged rights.',
    source: 'A.5.18, A.8.2, 27002 5.3',
    strength: 'mandatory',
  },
  {
    id: 'SOD-05',
    name: 'Change initiator / approver / implementer',
    rule: "A change's requester must not approve it; the approver should not deploy it.",
    source: '27002:2022 5.3 a; A.8.32',
    strength: 'mandatory',
  },
  {
    id: 'SOD-06',
    name: 'Code author ≠ reviewer',
    rule: 'Code must be reviewed and merged by someone other than its author.',
    source: '27002:2022 5.3 c; A.8.25, A.8.28',
    strength: 'recommended',
  },
  {
    id: 'SOD-07',
    name: 'Developer ≠ production administrator',
    rule: 'Nobody should hold a developer role and a production-admin role at once without a documented exception.',
    source: '27002:2022 5.3 d; A.8.31',
    strength: 'recommended',
  },
  {
    id: 'SOD-08',
    name: 'Policy author ≠ approver',
    rule: 'Whoever drafts a policy must not approve it; top management approves the ISMS policy.',
    source: '27001:2022 5.1, 5.2; A.5.1',
    strength: 'mandatory',
  },
  {
    id: 'SOD-09',
    name: 'Residual risk accepted by the designated risk owner',
    rule: 'Only the recorded risk owner accepts residual risk, or top management above the acceptance criteria.',
    source: '27001:2022 6.1.3 f, 6.1.2 a 1',
    strength: 'mandatory',
  },
  {
    id: 'SOD-10',
    name: 'Corrective action verifier ≠ implementer',
    rule: 'Whoever checks that a corrective action worked should not be the person who carried it out.',
    source: '27001:2022 10.2 d; 27002 5.3 g',
    strength: 'recommended',
  },
];

export const sodRule = (id: SodRuleId): SodRule => {
  const rule = SOD_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown SoD rule ${id}`);
  return rule;
};

/** The facts each rule needs at the moment of a decision. Modules add their rule's case as they land. */
export type SodCheck =
  | {
      rule: 'SOD-00';
      deciderPersonId: string;
      subjectPersonId: string;
      /** What is decided, when it is not a role assignment ("segregation-of-duties exception"). */
      decision?: string;
    }
  | { rule: 'SOD-02'; deciderPersonId: string; requesterPersonId: string; beneficiaryPersonId: string }
  | { rule: 'SOD-03'; deciderPersonId: string; approverPersonId: string }
  | { rule: 'SOD-04'; deciderPersonId: string; accountHolderPersonId: string }
  | { rule: 'SOD-08'; deciderPersonId: string; authorPersonIds: string[]; what?: string }
  | { rule: 'SOD-10'; deciderPersonId: string; implementerPersonIds: string[] }
  | {
      rule: 'SOD-09';
      deciderPersonId: string;
      /** The risk's owner now (null: the risk has none). */
      ownerPersonId: string | null;
      aboveAppetite: boolean;
      deciderIsTopManagement: boolean;
    }
  | { rule: 'SOD-01'; deciderPersonId: string; conflicts: string[] };

/** Returns why the decision breaks the rule, or null when it does not. */
export function violation(check: SodCheck): string | null {
  switch (check.rule) {
    case 'SOD-00':
      if (check.deciderPersonId !== check.subjectPersonId) return null;
      return check.decision
        ? `Nobody decides their own ${check.decision}; another authorised person must do it.`
        : 'You cannot assign an ISMS role to yourself, or end your own; another authorised person must do it.';
    case 'SOD-02':
      return check.deciderPersonId === check.requesterPersonId || check.deciderPersonId === check.beneficiaryPersonId
        ? 'You requested this access or would receive it, so you cannot approve it.'
        : null;
    case 'SOD-03':
      return check.deciderPersonId === check.approverPersonId
        ? 'You approved this access, so someone else must provision it.'
        : null;
    case 'SOD-04':
      return check.deciderPersonId === check.accountHolderPersonId
        ? 'This is your own access; another reviewer or your manager must certify it.'
        : null;
    case 'SOD-08':
      return check.authorPersonIds.includes(check.deciderPersonId)
        ? `You ${check.what ?? 'drafted this policy'}, so someone else must approve it.`
        : null;
    case 'SOD-09':
      if (check.aboveAppetite)
        return check.deciderIsTopManagement
          ? null
          : 'The residual risk is above the acceptance criteria, so only Top Management may accept it.';
      if (check.ownerPersonId === null)
        return 'The risk has no owner; assign a risk owner, who then decides whether to accept it.';
      return check.deciderPersonId === check.ownerPersonId
        ? null
        : 'Only the risk owner recorded on this risk may accept its residual risk.';
    case 'SOD-10':
      return check.implementerPersonIds.includes(check.deciderPersonId)
        ? 'You carried out this corrective action, so someone else must verify its effectiveness.'
        : null;
    case 'SOD-01':
      return check.conflicts.length > 0
        ? `The auditor is not independent of the audit scope: ${check.conflicts.join('; ')}.`
        : null;
  }
}

/** Rules Remit checks against standing assignments: a person holding a role on each side, in overlapping scopes. */
export const STANDING_RULES: { rule: SodRuleId; left: string[]; right: string[] }[] = [
  { rule: 'SOD-01', left: ['internal_auditor'], right: ['isms_manager', 'risk_owner', 'asset_owner', 'sysadmin'] },
  // Custom roles with these keys, when an organisation defines them.
  { rule: 'SOD-07', left: ['developer'], right: ['prod_admin'] },
];

/** SOD-00 is about who decides, not what anyone holds: an exception would defeat it. */
export const exceptionsAllowed = (rule: SodRuleId): boolean => rule !== 'SOD-00';

export type StandingAssignment = {
  id: string;
  person_id: string;
  role_key: string;
  scope_type: string;
  scope_id: string | null;
  valid_from: string;
};

export type StandingConflict<A extends StandingAssignment> = {
  rule: SodRuleId;
  personId: string;
  left: A;
  right: A;
  /** When both were first held together: the later start. */
  since: string;
};

/** Whether `descendant` lies below `ancestor` in the org-unit tree (cycle-safe). */
function below(descendant: string, ancestor: string, parentOf: (id: string) => string | null): boolean {
  const seen = new Set<string>();
  for (let cur = parentOf(descendant); cur !== null && !seen.has(cur); cur = parentOf(cur)) {
    if (cur === ancestor) return true;
    seen.add(cur);
  }
  return false;
}

/**
 * Two scopes overlap when one is the whole ISMS, when they are the same object, or when they are
 * org units on one line of the tree (a unit and any of its ancestors or descendants). Object
 * scopes (asset, risk, ...) do not say which org unit they belong to, so they overlap only the
 * whole ISMS and themselves.
 */
export function scopesOverlap(
  a: { scope_type: string; scope_id: string | null },
  b: { scope_type: string; scope_id: string | null },
  parentOf: (id: string) => string | null,
): boolean {
  if (a.scope_type === 'isms' || b.scope_type === 'isms') return true;
  if (a.scope_type !== b.scope_type || a.scope_id === null || b.scope_id === null) return false;
  if (a.scope_id === b.scope_id) return true;
  if (a.scope_type !== 'org_unit') return false;
  return below(a.scope_id, b.scope_id, parentOf) || below(b.scope_id, a.scope_id, parentOf);
}

/** Every pair of one person's assignments that a standing rule forbids together. */
export function standingConflicts<A extends StandingAssignment>(
  assignments: A[],
  parentOf: (id: string) => string | null,
): StandingConflict<A>[] {
  const byPerson = new Map<string, A[]>();
  for (const a of assignments) byPerson.set(a.person_id, [...(byPerson.get(a.person_id) ?? []), a]);
  const out: StandingConflict<A>[] = [];
  for (const [personId, held] of byPerson) {
    for (const { rule, left, right } of STANDING_RULES) {
      for (const l of held.filter((a) => left.includes(a.role_key))) {
        for (const r of held.filter((a) => right.includes(a.role_key))) {
          if (!scopesOverlap(l, r, parentOf)) continue;
          out.push({
            rule,
            personId,
            left: l,
            right: r,
            since: l.valid_from > r.valid_from ? l.valid_from : r.valid_from,
          });
        }
      }
    }
  }
  return out;
}

export type ExceptionState = 'requested' | 'approved' | 'rejected' | 'revoked' | 'expired';

/** An exception whose validity ended is expired, whether or not anyone decided it. */
export function exceptionState(
  row: { status: 'requested' | 'approved' | 'rejected' | 'revoked'; valid_to: string },
  now: string,
): ExceptionState {
  if ((row.status === 'requested' || row.status === 'approved') && row.valid_to <= now) return 'expired';
  return row.status;
}

export const exceptionInForce = (row: { status: string; valid_from: string; valid_to: string }, now: string): boolean =>
  row.status === 'approved' && row.valid_from <= now && now < row.valid_to;

/** Field errors for a requested validity period, or none. */
export function exceptionPeriodProblems(
  validFrom: string,
  validTo: string,
  now: string,
  maxDays: number,
): { field: string; message: string }[] {
  const from = Date.parse(validFrom);
  const to = Date.parse(validTo);
  if (to <= from) return [{ field: 'body.validTo', message: 'Must be after validFrom' }];
  if (to - from > maxDays * 86_400_000)
    return [
      {
        field: 'body.validTo',
        message: `An exception may run at most ${maxDays} days; request a new one when it ends`,
      },
    ];
  if (to <= Date.parse(now)) return [{ field: 'body.validTo', message: 'Must be in the future' }];
  return [];
}
