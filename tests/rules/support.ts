/**
 * Small builders shared by the rule tests. Everything starts from cleanData() (zero findings), so a
 * test changes or adds a few rows and then checks the complete list of findings: the rows that must
 * be flagged are, and every near-miss row next to them is not.
 *
 * Worksheet rows: the template's first data row is 3, so cleanData()'s rows sit at
 *   会员名册 3 M001 张三 / 4 M002 李四 / 5 M003 王五 (retires 2024-07-01)
 *   会费台账 3 M001 / 4 M002 / 5 M003
 *   活动台账 3 春季健步走
 *   慰问金台账 3 M001 春节 500 / 4 M002 生病住院 800
 * and a row appended to a sheet lands right below.
 */
import { expect } from "vitest";
import type { Analysis } from "../../src/analysis/analyze.js";
import type { FindingCode } from "../../src/findings/codes.js";
import type { FindingOf } from "../../src/findings/finding.js";
import type { FillRow } from "../../src/template/fill.js";
import { withCode } from "../helpers/ledger.js";
import type { cleanData } from "../helpers/ledger.js";

export type LedgerData = ReturnType<typeof cleanData>;

export const SHEET = {
  info: "基本信息",
  members: "会员名册",
  dues: "会费台账",
  activities: "活动台账",
  condolences: "慰问金台账",
  summary: "汇总",
} as const;

/** Names of cleanData()'s members; rows for members a test adds carry no 姓名 unless it gives one. */
const NAMES: ReadonlyMap<string, string> = new Map([
  ["M001", "张三"],
  ["M002", "李四"],
  ["M003", "王五"],
]);

/** The rows of one ledger of the fill data (throws when the sheet is not there). */
export function rowsOf(d: LedgerData, sheet: string): FillRow[] {
  const rows = d.sheets[sheet];
  if (!rows) throw new Error(`no sheet ${sheet} in the fill data`);
  return rows;
}

/** Appends rows to a ledger; returns the worksheet row numbers they will occupy. */
export function append(d: LedgerData, sheet: string, ...rows: FillRow[]): number[] {
  const list = rowsOf(d, sheet);
  const first = 3 + list.length;
  list.push(...rows);
  return rows.map((_, i) => first + i);
}

/** Replaces (or, with `null`, removes) the 会费台账 row of a member. */
export function setDues(d: LedgerData, memberId: string, row: FillRow | null): void {
  const list = rowsOf(d, SHEET.dues);
  const i = list.findIndex((r) => r["memberId"] === memberId);
  if (i < 0) throw new Error(`no dues row for ${memberId}`);
  if (row === null) list.splice(i, 1);
  else list[i] = row;
}

/** A 会费台账 row: `paid` maps a month (1–12) to the 元 paid in it. */
export function duesRow(
  memberId: string,
  wage: number | undefined,
  paid: Readonly<Record<number, number>>,
  extra: FillRow = {},
): FillRow {
  const months = Object.fromEntries(Object.entries(paid).map(([m, v]) => [`m${m}`, v]));
  return { memberId, name: NAMES.get(memberId), ...(wage === undefined ? {} : { wage }), ...months, ...extra };
}

/** `{ from: v, …, to: v }` as a month → 元 map for duesRow. */
export function eachMonth(from: number, to: number, yuanPerMonth: number): Record<number, number> {
  const out: Record<number, number> = {};
  for (let m = from; m <= to; m++) out[m] = yuanPerMonth;
  return out;
}

/** Adds a member to the roster, and their 会费台账 row (with the member's 姓名) when given. */
export function addMember(
  d: LedgerData,
  member: { memberId: string; name: string; status: string; joinDate?: string; statusDate?: string },
  dues?: FillRow,
): { rosterRow: number; duesRow: number | undefined } {
  const [rosterRow = 0] = append(d, SHEET.members, { gender: "女", department: "车间", ...member });
  const [dr] = dues ? append(d, SHEET.dues, { ...dues, name: dues["name"] ?? member.name }) : [];
  return { rosterRow, duesRow: dr };
}

/** A 慰问金台账 row with sensible defaults (实物, two different approvers, no remark). */
export function condolence(
  memberId: string,
  reason: string,
  date: string,
  amount: number,
  extra: FillRow = {},
): FillRow {
  return {
    date,
    memberId,
    name: NAMES.get(memberId),
    reason,
    form: "实物",
    amount,
    handler: "周干事",
    approver: "王主席",
    ...extra,
  };
}

/** A 活动台账 row with sensible defaults (文体活动, 20 people, funded, two approvers). */
export function activity(name: string, date: string, cost: number | undefined, extra: FillRow = {}): FillRow {
  return {
    date,
    name,
    category: "文体活动",
    participants: 20,
    cost,
    funding: "工会经费",
    handler: "周干事",
    approver: "王主席",
    ...extra,
  };
}

/** Every finding as "code sheet!cell", sorted: the whole picture of a workbook in one comparable list. */
export function placesOf(a: Analysis): string[] {
  return a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? "?"}`).sort();
}

/** The workbook has exactly these findings ("code sheet!cell"), nothing more. */
export function expectFindings(a: Analysis, expected: readonly string[]): void {
  expect(placesOf(a)).toEqual([...expected].sort());
}

/** The one finding of `code` at `cell` (fails the test when there is none or more than one). */
export function findingAt<C extends FindingCode>(a: Analysis, code: C, sheet: string, cell: string): FindingOf<C> {
  const found = withCode(a, code).filter((f) => f.sheet === sheet && f.cell === cell);
  expect(found, `${code} at ${sheet}!${cell}`).toHaveLength(1);
  const [f] = found;
  if (!f) throw new Error("unreachable");
  return f;
}
