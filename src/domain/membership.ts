import { excelSerialFromIso, firstOfMonth, lastOfMonth, type IsoDate } from "../dates/calendar-date.js";
import { LEFT_MEMBER_STATUSES, type CondolenceReason, type MemberStatus } from "../layout/lists.js";
import type { LedgerRow } from "../layout/record.js";
import type { MEMBERS_SHEET } from "../layout/template-layout.js";

/** A roster entry reduced to what the dues and membership rules and the totals need. */
export interface Member {
  readonly memberId: string;
  readonly name: string | undefined;
  readonly joinDate: IsoDate | undefined;
  readonly status: MemberStatus | undefined;
  readonly statusDate: IsoDate | undefined;
  readonly row: LedgerRow<typeof MEMBERS_SHEET>;
}

/** Statuses that owe no dues (中国工会章程 第八条) and those that end membership. */
export const EXEMPT_STATUSES: readonly MemberStatus[] = ["退休", "离休", "失业保留会籍", "已退会", "已转出", "去世"];
/** 去世 (template 1.1) ends membership on 状态变动日期, the date of death, as leaving does. */
export const LEFT_STATUSES: readonly MemberStatus[] = LEFT_MEMBER_STATUSES;
/** The status of template 1.1 that says a membership ended by death. */
export const DECEASED: MemberStatus = "去世";
/** The statuses `members.retired` counts together (退休 and 离休 are both retirees to a report). */
export const RETIRED_STATUSES: readonly MemberStatus[] = ["退休", "离休"];

/** Half-open interval [from, until) of days; undefined ends are open. */
export interface Span {
  readonly from: IsoDate | undefined;
  readonly until: IsoDate | undefined;
  readonly empty: boolean;
}

const later = (a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined =>
  a && b ? (a > b ? a : b) : (a ?? b);

/**
 * Days on which the member is 在职 (template-v1.md, 会费台账): on or after 入会日期, and either
 * 在职 from 状态变动日期 (a transfer in) or another status that took effect on 状态变动日期.
 */
export function activeSpan(m: Member): Span {
  if (m.status === undefined || m.status === "在职") {
    return { from: later(m.joinDate, m.statusDate), until: undefined, empty: false };
  }
  if (m.statusDate === undefined) return { from: undefined, until: undefined, empty: true };
  return { from: m.joinDate, until: m.statusDate, empty: m.joinDate !== undefined && m.joinDate >= m.statusDate };
}

/** Days on which the person is a member at all: retirees stay members; 已退会 / 已转出 end it. */
export function membershipSpan(m: Member): Span {
  const start = m.status === "在职" ? later(m.joinDate, m.statusDate) : m.joinDate;
  if (m.status !== undefined && LEFT_STATUSES.includes(m.status)) {
    if (m.statusDate === undefined) return { from: undefined, until: undefined, empty: true };
    return { from: start, until: m.statusDate, empty: start !== undefined && start >= m.statusDate };
  }
  return { from: start, until: undefined, empty: false };
}

/** The 慰问事由 of the benefit paid to a member's family after the member's death. */
export const DEATH_BENEFIT: CondolenceReason = "会员去世";
/**
 * How long after a death its benefit is still taken as paid for that death: the family's claim and
 * the committee's approval can take months, and the next year's workbook still lists the member as
 * 已退会 on last year's date. A payment more than a year later more likely names the wrong member
 * or date, and stays a payment to someone who is not a member (member_inactive).
 */
const DEATH_BENEFIT_WITHIN_DAYS = 365;

/**
 * Whether a payment is the death benefit of a member whose membership ended by that death: status
 * 去世 (template 1.1) from 状态变动日期, the date of death. A 1.0 roster has no 去世 status and no
 * reason for leaving: the deceased member is 已退会 from that date, and a 会员去世 payment made on
 * or after it, within DEATH_BENEFIT_WITHIN_DAYS, says why. 已转出 members live on in another
 * union: never a death. A member the roster still lists (在职, 退休…) is inside the membership anyway.
 */
export function paidAfterDeath(
  m: { readonly status?: MemberStatus | undefined; readonly statusDate?: IsoDate | undefined },
  reason: CondolenceReason | undefined,
  date: IsoDate,
): boolean {
  if (reason !== DEATH_BENEFIT || m.statusDate === undefined) return false;
  if (m.status !== "已退会" && m.status !== DECEASED) return false;
  const days = excelSerialFromIso(date) - excelSerialFromIso(m.statusDate);
  return days >= 0 && days <= DEATH_BENEFIT_WITHIN_DAYS;
}

export function contains(span: Span, day: IsoDate): boolean {
  if (span.empty) return false;
  return (span.from === undefined || day >= span.from) && (span.until === undefined || day < span.until);
}

/** Months (1–12) of the year in which the span has at least one day. */
export function monthsTouched(span: Span, year: number): number[] {
  if (span.empty) return [];
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const first = firstOfMonth(year, m);
    const last = lastOfMonth(year, m);
    if ((span.from === undefined || span.from <= last) && (span.until === undefined || span.until > first))
      months.push(m);
  }
  return months;
}

export const owedMonths = (m: Member, year: number): number[] => monthsTouched(activeSpan(m), year);

export function rosterIndex(rows: readonly LedgerRow<typeof MEMBERS_SHEET>[]): Map<string, Member> {
  const index = new Map<string, Member>();
  for (const row of rows) {
    const v = row.values;
    if (v.memberId === undefined || index.has(v.memberId)) continue;
    index.set(v.memberId, {
      memberId: v.memberId,
      name: v.name,
      joinDate: v.joinDate,
      status: v.status,
      statusDate: v.statusDate,
      row,
    });
  }
  return index;
}
