import { fen, fenToYuanString, sumFen, type Fen } from "../money/fen.js";
import { moneyFromNumber } from "../money/parse-money.js";
import type { ColumnSpec } from "../layout/column.js";
import { duesMonthKey } from "../layout/sheets/dues.js";
import { placeOf } from "../workbook/findings-sink.js";
import { columnLetter } from "../workbook/address.js";
import type { Rule, RuleContext } from "./context.js";
import { monthlyDueFen } from "../domain/dues-math.js";
import { monthlyPayments } from "../domain/dues-payments.js";
import { EXEMPT_STATUSES, owedMonths, type Member } from "../domain/membership.js";
import { duesPaid, expectedDues, type DuesExpectation } from "../domain/member-dues.js";

/**
 * dues_mismatch, dues_wage_change_inferred, dues_exempt_paid, dues_arrears, members missing from the
 * dues ledger, and what template 1.1's columns need filled together (调资, 免缴, 补缴上年).
 */
export const duesRules: Rule = (ctx) => {
  const { ledger, roster, fiscalYear, profile, sink } = ctx;
  if (fiscalYear === undefined || !ledger.dues.present) return;
  const seen = new Set<string>();
  for (const row of ledger.dues.rows) {
    const id = row.values.memberId;
    if (id === undefined) continue;
    const member = roster.get(id);
    if (!member || seen.has(id)) continue; // unknown ids: memberRefRules; repeats: duplicate_row
    seen.add(id);
    statedColumns(ctx, row);
    const exp = expectedDues(member, row.values, fiscalYear, profile.dues);
    if (exp.exemptUnreadable)
      sink.add("months_invalid", placeOf(ledger.dues, row, "exemptMonths"), { header: "免缴月份" });
    const paid = monthlyPayments(row.values);
    const { monthsFen, catchUpFen, thisYearFen } = duesPaid(row.values);
    if (catchUpFen > monthsFen)
      sink.add("dues_catch_up_exceeds_paid", placeOf(ledger.dues, row, "catchUp"), {
        memberId: id,
        catchUpFen,
        paidFen: monthsFen,
      });
    if (exp.owed.length > 0 && row.values.wage === undefined) {
      sink.add("required_missing", placeOf(ledger.dues, row, "wage"), { header: "计缴工资(元)" });
      continue;
    }
    const change = exp.inferred;
    if (change)
      sink.add("dues_wage_change_inferred", placeOf(ledger.dues, row, duesMonthKey(change.fromMonth)), {
        memberId: id,
        ...change,
      });
    if (thisYearFen !== exp.expectedFen) {
      sink.add("dues_mismatch", placeOf(ledger.dues, row, "paidTotal"), {
        memberId: id,
        expectedFen: exp.expectedFen,
        paidFen: thisYearFen,
        owedMonths: exp.owed,
        noDuesRow: false,
        exemptMonths: exp.exempt,
        catchUpFen,
        wageChangeMonth: exp.stated?.fromMonth ?? null,
      });
    }
    exemptPayments(ctx, member, exp.owed, paid, exp.expectedFen, row);
    arrears(ctx, member, exp, paid, thisYearFen, row);
  }
  for (const member of roster.values()) {
    if (seen.has(member.memberId)) continue;
    const owed = owedMonths(member, fiscalYear);
    if (owed.length === 0) continue;
    sink.add("dues_mismatch", placeOf(ledger.members, member.row, "memberId"), {
      memberId: member.memberId,
      expectedFen: fen(0),
      paidFen: fen(0),
      owedMonths: owed,
      noDuesRow: true,
      exemptMonths: [],
      catchUpFen: fen(0),
      wageChangeMonth: null,
    });
  }
};

/** Template 1.1's pairs: a pay change needs its month and its wage; an exemption needs its basis. */
function statedColumns(ctx: RuleContext, row: DuesRow): void {
  const v = row.values;
  const need = (key: "wageChangeMonth" | "wageAfter" | "exemptBasis", header: string): void =>
    ctx.sink.add("required_missing", placeOf(ctx.ledger.dues, row, key), { header });
  if (v.wageChangeMonth !== undefined && v.wageAfter === undefined) need("wageAfter", "调资后计缴工资(元)");
  if (v.wageAfter !== undefined && v.wageChangeMonth === undefined) need("wageChangeMonth", "调资月份");
  // An exemption is the union committee's decision: the ledger names it (docs/spec-notes.md).
  if (v.exemptMonths !== undefined && v.exemptBasis === undefined) need("exemptBasis", "免缴依据");
}

type DuesRow = RuleContext["ledger"]["dues"]["rows"][number];

/**
 * A payment in a month the member owes nothing for, unless it settles earlier owed months (a late
 * payment of arrears after retiring is fine when the year's total is not exceeded by then).
 */
function exemptPayments(
  ctx: RuleContext,
  member: Member,
  owed: readonly number[],
  paid: readonly Fen[],
  expectedFen: Fen,
  row: DuesRow,
): void {
  if (member.status === undefined || !EXEMPT_STATUSES.includes(member.status)) return;
  const lastOwed = owed[owed.length - 1] ?? 0;
  let before = 0;
  paid.forEach((amount, i) => {
    const month = i + 1;
    if (amount > 0 && !owed.includes(month) && (owed.length === 0 || (month > lastOwed && before >= expectedFen))) {
      ctx.sink.add("dues_exempt_paid", placeOf(ctx.ledger.dues, row, duesMonthKey(month)), {
        memberId: member.memberId,
        month,
        status: member.status ?? "",
      });
    }
    before += amount;
  });
}

/**
 * 章程 第六条: six or more consecutive owed months with nothing paid, when what was paid in the
 * whole year still leaves at least six months' dues unpaid (a later lump sum covers them). Exempt
 * months are not owed, so they never make a run.
 */
function arrears(
  ctx: RuleContext,
  member: Member,
  exp: DuesExpectation,
  paid: readonly Fen[],
  thisYearFen: Fen,
  row: DuesRow,
): void {
  const { owed } = exp;
  const dues = owed.map((m) => exp.byMonth[m - 1] ?? fen(0));
  const least = Math.min(...dues);
  if (!(least > 0)) return;
  if (exp.expectedFen - thisYearFen < 6 * least) return;
  let runStart = 0;
  let runLength = 0;
  for (const month of owed) {
    const zero = (paid[month - 1] ?? 0) === 0;
    const consecutive = runLength > 0 && month === runStart + runLength;
    if (zero && consecutive) runLength++;
    else if (zero) [runStart, runLength] = [month, 1];
    else runLength = 0;
    if (runLength === 6) {
      const place = placeOf(ctx.ledger.dues, row, duesMonthKey(runStart));
      const lastZero = owed.filter((m) => m >= runStart && (paid[m - 1] ?? 0) === 0);
      let toMonth = runStart + 5;
      while (lastZero.includes(toMonth + 1)) toMonth++;
      ctx.sink.add("dues_arrears", place, { memberId: member.memberId, fromMonth: runStart, toMonth });
      return;
    }
  }
}

/** 月应缴 and 全年实缴: the template's formula, and a cached value that agrees with the rule. */
export const duesFormulaRules: Rule = ({ ledger, profile, sink }) => {
  const sheet = ledger.dues;
  const fromTemplate = ledger.template !== undefined;
  const cols = sheet.columns as Record<string, number | undefined>;
  const specs = new Map((sheet.spec.columns as readonly ColumnSpec[]).map((c) => [c.key, c]));
  const col = (k: string): string => columnLetter(cols[k] ?? 0);
  // Each formula column's formula once, with a marker for the row number (20,000 rows are common).
  const MARK = "\u0001";
  const templates = new Map(
    [...specs.values()].flatMap((c) =>
      c.formula
        ? [
            [
              c.key,
              c.formula({
                col,
                row: MARK as unknown as number,
                duesRate: profile.dues.rate,
                duesTruncationYuan: profile.dues.truncationYuan,
              }),
            ] as const,
          ]
        : [],
    ),
  );
  const expectedFormula = (key: string, row: number): string =>
    (templates.get(key) ?? "").replaceAll(MARK, String(row));
  for (const row of sheet.rows) {
    const v = row.values;
    const checks = [
      {
        key: "monthlyDue",
        expected: v.wage === undefined ? undefined : monthlyDueFen(v.wage, profile.dues),
        cell: v.monthlyDue,
      },
      { key: "paidTotal", expected: sumFen(monthlyPayments(v)), cell: v.paidTotal },
    ] as const;
    for (const { key, expected, cell } of checks) {
      const spec = specs.get(key);
      if (!cell || !spec || expected === undefined) continue;
      const cached = cell.cached;
      const parsed = cached.type === "number" ? moneyFromNumber(cached.value) : undefined;
      // No cached result (never recalculated since written) is fine when the formula is there.
      const valueOk =
        cached.type === "empty"
          ? cell.formula !== undefined || expected === 0
          : parsed?.ok === true && parsed.fen === expected;
      const formulaOk =
        !fromTemplate || (cell.formula !== undefined && sameFormula(cell.formula, expectedFormula(key, row.row)));
      if (!valueOk || !formulaOk) {
        const shown =
          cached.type === "empty"
            ? "（空）"
            : parsed?.ok
              ? `${fenToYuanString(parsed.fen)}元`
              : String("value" in cached ? cached.value : "");
        const found = formulaOk ? shown : cell.formula !== undefined ? `公式 =${cell.formula}` : `数值 ${shown}`;
        sink.add("dues_formula_broken", placeOf(sheet, row, key), {
          header: spec.header,
          expected: `${fenToYuanString(expected)}元`,
          found,
          formulaOk,
        });
      }
    }
  }
};

/** Formulas compared as a spreadsheet would: case, spaces, `$` and the `_xlfn.` prefix aside. */
export const sameFormula = (a: string, b: string): boolean => a === b || normalizeFormula(a) === normalizeFormula(b);
const normalizeFormula = (f: string): string =>
  f
    .replace(/^=/, "")
    .replace(/_xlfn\./gi, "")
    .replace(/[\s$]/g, "")
    .toUpperCase();
