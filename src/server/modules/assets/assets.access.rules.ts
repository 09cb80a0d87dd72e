/** Pure rules of the access-request lifecycle. */

export type RequestState = {
  status: string;
  until: string | null;
  requester_id: string;
  beneficiary_id: string;
  privileged: number;
  decided_by: string | null;
};

/** The UTC day of an instant, YYYY-MM-DD. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** Provisioned access past its last day: it must be revoked. */
export const isExpired = (r: { status: string; until: string | null }, now: string): boolean =>
  r.status === 'provisioned' && r.until !== null && r.until < dayOf(now);

/** Which steps a status allows next. */
export const STEP_FROM: Record<'decide' | 'provision' | 'revoke' | 'cancel', string[]> = {
  decide: ['pending'],
  provision: ['approved'],
  revoke: ['provisioned'],
  cancel: ['pending', 'approved'],
};

/**
 * What the caller may do with a request now, given whether they act as the asset's owner and as
 * an administrator of it. SoD (SOD-02, SOD-03 for privileged access) is reflected so the UI does
 * not offer a step the server would refuse.
 */
export function requestCan(
  r: RequestState,
  me: string,
  acting: { owner: boolean; admin: boolean },
): { decide: boolean; provision: boolean; revoke: boolean; cancel: boolean } {
  return {
    decide: r.status === 'pending' && acting.owner && me !== r.requester_id && me !== r.beneficiary_id,
    provision: r.status === 'approved' && acting.admin && !(r.privileged === 1 && r.decided_by === me),
    revoke: r.status === 'provisioned' && acting.admin,
    cancel: STEP_FROM.cancel.includes(r.status) && (me === r.requester_id || me === r.beneficiary_id),
  };
}
