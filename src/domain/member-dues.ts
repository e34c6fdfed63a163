import { fen, sumFen, type Fen } from "../money/fen.js";
import { monthsFromText } from "../dates/month-list.js";
import type { RecordOf } from "../layout/record.js";
import type { DUES_SHEET } from "../layout/sheets/dues.js";
import type { Profile } from "../profiles/profile.js";
import { monthlyDueFen } from "./dues-math.js";
import { monthlyPayments } from "./dues-payments.js";
import { owedMonths, type Member } from "./membership.js";
import { inferWageChange, type WageChange } from "./wage-change.js";

type DuesValues = RecordOf<typeof DUES_SHEET>;

/** A pay change the clerk stated (template 1.1: 调资月份 and 调资后计缴工资). */
export interface StatedChange {
  readonly fromMonth: number;
  readonly wageAfterFen: Fen;
  readonly dueAfterFen: Fen;
}

/** What one member owes in the year, month by month, and why. */
export interface DuesExpectation {
  /** Months in which the member is 在职 (template-v1.md, 会费台账), before any exemption. */
  readonly active: readonly number[];
  /** Of those, the months the union committee exempted (免缴月份): nothing is owed for them. */
  readonly exempt: readonly number[];
  /** 免缴月份 holds text that names no months (a finding; no month is taken as exempt). */
  readonly exemptUnreadable: boolean;
  /** The months owed: active and not exempt. */
  readonly owed: readonly number[];
  /** The monthly due for 计缴工资 (before a change). */
  readonly dueFen: Fen;
  readonly stated: StatedChange | undefined;
  /** A change read from the payments, only when none is stated (wage-change.ts). */
  readonly inferred: WageChange | undefined;
  /** Owed in each month, January first; and their sum. */
  readonly byMonth: readonly Fen[];
  readonly expectedFen: Fen;
}

/**
 * A member's dues for the year from the roster and the member's dues row (the first one: later
 * rows of the same member are duplicate_row). One computation for the dues rules and the totals.
 */
export function expectedDues(
  member: Member,
  row: DuesValues | undefined,
  year: number,
  dues: Profile["dues"],
): DuesExpectation {
  // The rules and the totals both ask, for the same roster entry and row: worked out once.
  const was = expected.get(member);
  if (was && was.row === row && was.year === year && was.dues === dues) return was.value;
  const value = compute(member, row, year, dues);
  expected.set(member, { row, year, dues, value });
  return value;
}

const expected = new WeakMap<
  Member,
  { row: DuesValues | undefined; year: number; dues: Profile["dues"]; value: DuesExpectation }
>();

function compute(member: Member, row: DuesValues | undefined, year: number, dues: Profile["dues"]): DuesExpectation {
  const active = owedMonths(member, year);
  const exemptText = row?.exemptMonths;
  const parsed = exemptText === undefined ? undefined : monthsFromText(exemptText);
  const exemptAll = parsed?.ok ? parsed.months : [];
  const exempt = active.filter((m) => exemptAll.includes(m));
  const owed = exempt.length === 0 ? active : active.filter((m) => !exempt.includes(m));
  const dueFen = owed.length === 0 ? fen(0) : monthlyDueFen(row?.wage ?? fen(0), dues);
  const stated =
    row?.wageChangeMonth !== undefined && row.wageAfter !== undefined
      ? {
          fromMonth: row.wageChangeMonth,
          wageAfterFen: row.wageAfter,
          dueAfterFen: monthlyDueFen(row.wageAfter, dues),
        }
      : undefined;
  // Inferred only where nothing is stated and nothing else explains a second amount: an
  // exemption or a catch-up payment changes what a month's payment means.
  const inferred =
    row && !stated && exempt.length === 0 && !(row.catchUp !== undefined && row.catchUp > 0)
      ? inferWageChange(monthlyPayments(row), owed, row.wage, dues)
      : undefined;
  const byMonth = new Array<Fen>(12).fill(fen(0));
  for (const month of owed) {
    byMonth[month - 1] = stated
      ? month < stated.fromMonth
        ? dueFen
        : stated.dueAfterFen
      : inferred
        ? month < inferred.fromMonth
          ? inferred.dueBeforeFen
          : inferred.dueAfterFen
        : dueFen;
  }
  return {
    active,
    exempt,
    exemptUnreadable: parsed?.ok === false,
    owed,
    dueFen,
    stated,
    inferred,
    byMonth,
    expectedFen: sumFen(byMonth),
  };
}

/** A dues row's payments: all twelve months, and the part of them that is this year's dues. */
export interface DuesPaid {
  /** Σ 1月…12月: the cash received in the year (the 汇总 sheet's 全年实缴). */
  readonly monthsFen: Fen;
  /** 其中补缴上年: the part that settles last year's dues (template 1.1). */
  readonly catchUpFen: Fen;
  /** What remains for this year's dues; never below 0 (a catch-up larger than paid is a finding). */
  readonly thisYearFen: Fen;
}

export function duesPaid(row: DuesValues): DuesPaid {
  const monthsFen = sumFen(monthlyPayments(row));
  const catchUpFen = row.catchUp ?? fen(0);
  return { monthsFen, catchUpFen, thisYearFen: fen(Math.max(0, monthsFen - catchUpFen)) };
}
