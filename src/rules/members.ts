import type { IsoDate } from "../dates/calendar-date.js";
import type { FindingPlace } from "../findings/finding.js";
import { placeOf } from "../workbook/findings-sink.js";
import type { Ledger } from "../workbook/ledger.js";
import type { Rule } from "./context.js";
import type { CondolenceReason } from "../layout/lists.js";
import { contains, membershipSpan, paidAfterDeath } from "../domain/membership.js";

/** 会员编号 is unique in 会员名册 (template-v1.md). */
export const rosterRules: Rule = ({ ledger, sink }) => {
  const first = new Map<string, number>();
  for (const row of ledger.members.rows) {
    const id = row.values.memberId;
    if (id === undefined) continue;
    const firstRow = first.get(id);
    if (firstRow === undefined) first.set(id, row.row);
    else sink.add("duplicate_key", placeOf(ledger.members, row, "memberId"), { key: id, firstRow });
  }
};

interface MemberRef {
  readonly memberId: string | undefined;
  readonly name: string | undefined;
  readonly date: IsoDate | undefined;
  /** 慰问事由 of a 慰问金台账 row: a death benefit may be paid after the membership ended. */
  readonly reason: CondolenceReason | undefined;
  readonly at: (key: "memberId" | "name" | "date") => FindingPlace;
}

/** Rows that name a member by 会员编号: 会费台账 (undated) and 慰问金台账 (dated payments). */
function* memberRefs(ledger: Ledger): Iterable<MemberRef> {
  const dues = ledger.dues;
  for (const r of dues.rows) {
    yield {
      memberId: r.values.memberId,
      name: r.values.name,
      date: undefined,
      reason: undefined,
      at: (k) => placeOf(dues, r, k === "date" ? "memberId" : k),
    };
  }
  const cond = ledger.condolences;
  for (const r of cond.rows) {
    const { memberId, name, date, reason } = r.values;
    yield { memberId, name, date, reason, at: (k) => placeOf(cond, r, k) };
  }
}

/**
 * member_unknown and name_mismatch on both; member_inactive where the row has a date, except for a
 * death benefit paid to the family after the death (domain/membership.ts: paidAfterDeath).
 */
export const memberRefRules: Rule = ({ ledger, roster, sink }) => {
  for (const ref of memberRefs(ledger)) {
    if (ref.memberId === undefined) continue;
    const member = roster.get(ref.memberId);
    if (!member) {
      sink.add("member_unknown", ref.at("memberId"), { memberId: ref.memberId });
      continue;
    }
    if (
      ref.name !== undefined &&
      member.name !== undefined &&
      ref.name !== member.name &&
      squeeze(ref.name) !== squeeze(member.name)
    ) {
      sink.add("name_mismatch", ref.at("name"), { memberId: member.memberId, rosterName: member.name, name: ref.name });
    }
    if (ref.date !== undefined) {
      const span = membershipSpan(member);
      if (!contains(span, ref.date) && !paidAfterDeath(member, ref.reason, ref.date)) {
        sink.add("member_inactive", ref.at("date"), {
          memberId: member.memberId,
          date: ref.date,
          from: span.from ?? null,
          until: span.until ?? null,
        });
      }
    }
  }
};

const squeeze = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, "");
