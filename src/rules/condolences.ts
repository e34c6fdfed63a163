import { fen } from "../money/fen.js";
import { placeOf } from "../workbook/findings-sink.js";
import type { LedgerRow } from "../layout/record.js";
import type { CONDOLENCES_SHEET } from "../layout/template-layout.js";
import { festivalShape } from "../profiles/festival-shapes.js";
import type { Rule } from "./context.js";
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
      else if (!(profile.festivals as readonly string[]).includes(festival)) {
        sink.add("festival_missing", placeOf(sheet, row, "festival"), { festival });
      }
    }
    if (reason !== undefined && form !== undefined) {
      const allowed = formProblem(reason, form);
      if (allowed) sink.add("form_forbidden", placeOf(sheet, row, "form"), { reason, form, allowed });
    }
  }
};

/** cap_exceeded: one payment above the profile's cap for its reason. */
export const capRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.condolences;
  for (const row of sheet.rows) {
    const { reason, amount, remark } = row.values;
    if (reason === undefined || amount === undefined) continue;
    const cap = profile.caps[reason as keyof typeof profile.caps];
    if (!cap) continue;
    const raised = cap.raised && mentions(remark, cap.raised.whenRemarkIncludes) ? cap.raised.capFen : undefined;
    const capFen = raised ?? cap.capFen;
    if (amount > capFen)
      sink.add("cap_exceeded", placeOf(sheet, row, "amount"), {
        reason,
        capFen,
        amountFen: amount,
        profile: profile.id,
      });
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
      sink.add(
        "required_missing",
        { sheet: "基本信息", ...infoPlace(ledger.infoRows["budgetIncome"]) },
        { header: "年度经费收入预算(元)" },
      );
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
      });
    }
  }
};

const infoPlace = (row: number | undefined): { row?: number; cell?: string } =>
  row === undefined ? {} : { row, cell: `B${row}` };

/** repeat_exceeded: more payments of one reason per member than the profile allows. */
export const repeatRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.condolences;
  const counts = new Map<string, number>();
  for (const row of chronological(sheet.rows)) {
    const { memberId, reason } = row.values;
    if (memberId === undefined || reason === undefined) continue;
    const limit = profile.repeats[reason as keyof typeof profile.repeats];
    if (!limit) continue;
    const key = `${memberId}\u0000${reason}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > limit.limit) {
      sink.add("repeat_exceeded", placeOf(sheet, row, "reason"), {
        memberId,
        reason,
        limit: limit.limit,
        count,
        ever: limit.ever === true,
      });
    }
  }
};
