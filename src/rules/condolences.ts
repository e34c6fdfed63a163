import { yearOf } from "../dates/calendar-date.js";
import { fen } from "../money/fen.js";
import { placeOf } from "../workbook/findings-sink.js";
import type { LedgerRow } from "../layout/record.js";
import type { CONDOLENCES_SHEET } from "../layout/template-layout.js";
import { festivalShape } from "../profiles/festival-shapes.js";
import { namedMinorityFestivals } from "../profiles/festivals.js";
import { UNNAMED_MINORITY_FESTIVAL } from "../layout/lists.js";
import { occasionsOf, occasionSpanDays } from "../domain/occasions.js";
import { infoPlace } from "./info-place.js";
import type { Rule } from "./context.js";
import { DUPLICATE_KEYS, repeatedRows } from "./duplicates.js";
import { formProblem } from "./forms.js";

type Row = LedgerRow<typeof CONDOLENCES_SHEET>;
const FESTIVAL_REASON = "节日慰问";

/** festival_missing and form_forbidden: one row at a time. */
export const condolenceRowRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.condolences;
  for (const row of sheet.rows) {
    const { reason, festival, form } = row.values;
    if (reason === FESTIVAL_REASON) {
      if (festival === undefined) sink.add("festival_missing", placeOf(sheet, row, "festival"), { festival: null });
      // Before the list: 1.0 templates stamped the generic entry into every profile's festivals.
      else if (festival === UNNAMED_MINORITY_FESTIVAL)
        sink.add("festival_unnamed", placeOf(sheet, row, "festival"), { listed: namedMinorityFestivals(profile) });
      else if (!profile.festivals.includes(festival)) {
        sink.add("festival_missing", placeOf(sheet, row, "festival"), { festival });
      }
    }
    if (reason !== undefined && form !== undefined) {
      const allowed = formProblem(reason, form);
      if (allowed) sink.add("form_forbidden", placeOf(sheet, row, "form"), { reason, form, allowed });
    }
  }
};

/**
 * cap_exceeded: a member's payments for one occasion (domain/occasions.ts: one birthday, one hospital
 * stay…) summed against the profile's cap for the reason; at the cap is within it. One payment is
 * cap_exceeded as before; several are one occasion_cap_exceeded, at the payment that takes the sum
 * over the cap, naming every row of the occasion.
 */
export const capRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.condolences;
  const repeated = repeatedRows(sheet, DUPLICATE_KEYS.condolences);
  for (const occasion of occasionsOfSheet(sheet.rows)) {
    const paid = occasion.filter((r) => r.values.amount !== undefined && !repeated.has(r.row));
    const first = paid[0];
    const reason = first?.values.reason;
    if (first === undefined || reason === undefined) continue;
    const cap = profile.caps[reason];
    if (!cap) continue;
    // A raised cap (福建: 生病住院 with 手术) covers the whole stay when any of its payments says so.
    const raise = cap.raised;
    const raised =
      raise && paid.some((r) => mentions(r.values.remark, raise.whenRemarkIncludes)) ? raise.capFen : undefined;
    const capFen = raised ?? cap.capFen;
    let running = 0;
    const crossing = paid.find((r) => (running += r.values.amount ?? 0) > capFen);
    if (!crossing) continue;
    const place = placeOf(sheet, crossing, "amount");
    const { memberId, amount } = first.values;
    if (paid.length === 1 || memberId === undefined) {
      sink.add("cap_exceeded", place, {
        reason,
        capFen,
        amountFen: amount ?? fen(0),
        profile: profile.id,
        profileName: profile.name,
      });
    } else {
      sink.add("occasion_cap_exceeded", place, {
        memberId,
        reason,
        withinDays: occasionSpanDays(reason),
        capFen,
        totalFen: fen(running),
        rows: paid.map((r) => r.row).sort((a, b) => a - b),
        profile: profile.id,
        profileName: profile.name,
      });
    }
  }
};

/** The 备注 says the word, and not negated ("未手术", "非手术治疗"). */
function mentions(remark: string | undefined, word: string): boolean {
  if (!remark) return false;
  for (let i = remark.indexOf(word); i >= 0; i = remark.indexOf(word, i + 1)) {
    if (!/[未非无没不]$/u.test(remark.slice(Math.max(0, i - 1), i))) return true;
  }
  return false;
}

/** Rows in date order (then row order): caps and repeats count payments as they happened. */
const chronological = (rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => (a.values.date ?? "").localeCompare(b.values.date ?? "") || a.row - b.row);

/** The sheet's occasions in date order, found once for the cap and the repeat rules (20,000 rows: ~14 ms each). */
const occasionsByRows = new WeakMap<readonly Row[], readonly Row[][]>();
function occasionsOfSheet(rows: readonly Row[]): readonly Row[][] {
  let found = occasionsByRows.get(rows);
  if (!found) occasionsByRows.set(rows, (found = occasionsOf(chronological(rows))));
  return found;
}

/**
 * festival_cap_exceeded in the profile's shape (profiles/festival-shapes.ts says which gifts share a
 * cap and what it is): one finding per group, at the gift that takes it over the cap.
 */
export const festivalCapRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.condolences;
  const gifts = chronological(
    sheet.rows.filter((r) => r.values.reason === FESTIVAL_REASON && r.values.amount !== undefined),
  );
  const cap = profile.festival;
  const check = festivalShape(cap.shape).check;
  const groups = new Map<string, Row[]>();
  for (const row of gifts) {
    const key = check.groupOf(row.values);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const rows of groups.values()) {
    const first = rows[0];
    if (!first) continue;
    const capFen = check.capFen(cap, first.values, ledger.info.budgetIncome);
    if (capFen === undefined) {
      // The cap is a share of a budget the workbook does not give: ask for it, once.
      sink.add("required_missing", infoPlace(ledger, "budgetIncome"), { header: "年度经费收入预算(元)" });
      return;
    }
    const totalFen = fen(rows.reduce((s, r) => s + (r.values.amount ?? 0), 0));
    let running = 0;
    const crossing = rows.find((r) => (running += r.values.amount ?? 0) > capFen);
    if (crossing) {
      sink.add("festival_cap_exceeded", placeOf(sheet, crossing, "amount"), {
        shape: cap.shape,
        ...check.names(first.values),
        capFen,
        totalFen,
        profile: profile.id,
        profileName: profile.name,
      });
    }
  }
};

/**
 * repeat_exceeded: more occasions of one reason per member than the profile allows. Payments of one
 * occasion count once (their sum is capRules' business), so a birthday paid as a card and a cake
 * voucher is not a second birthday; a third hospital stay is a third, whatever each cost.
 */
export const repeatRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.condolences;
  const counts = new Map<string, number>();
  for (const occasion of occasionsOfSheet(sheet.rows)) {
    const first = occasion[0];
    if (first === undefined) continue;
    const { memberId, reason, date } = first.values;
    if (memberId === undefined || reason === undefined) continue;
    const limit = profile.repeats[reason];
    if (!limit) continue;
    // Per year unless once ever: last year's payment (already date_out_of_year) is not this year's repeat.
    const year = limit.ever === true ? "" : date === undefined ? "" : yearOf(date);
    const key = `${memberId}\u0000${reason}\u0000${year}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > limit.limit) {
      sink.add("repeat_exceeded", placeOf(sheet, first, "reason"), {
        memberId,
        reason,
        limit: limit.limit,
        count,
        ever: limit.ever === true,
      });
    }
  }
};
