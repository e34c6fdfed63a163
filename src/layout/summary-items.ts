import { LEFT_MEMBER_STATUSES, LISTS } from "./lists.js";
import type { SheetSpec } from "./column.js";
import { ACTIVITIES_SHEET, CONDOLENCES_SHEET, DUES_SHEET, MEMBERS_SHEET } from "./template-layout.js";

/** How the 汇总 formulas refer to the ledgers; the generator supplies real positions. */
export interface SummaryRefs {
  /** Whole data range of one column, e.g. `'活动台账'!$I$3:$I$200002`. */
  readonly range: (sheet: SheetSpec, key: string) => string;
  /** Rectangle from one column to another (same rows), e.g. the 12 month columns. */
  readonly span: (sheet: SheetSpec, fromKey: string, toKey: string) => string;
  /** The 基本信息 年度 cell. */
  readonly year: string;
}

export interface SummaryItem {
  /** A path into Totals (totals/totals.ts `totalAt`); also the item's id in the 汇总 sheet. */
  readonly key: string;
  readonly group: string;
  readonly label: string;
  readonly unit: "元" | "人" | "次" | "人次";
  readonly formula: (r: SummaryRefs) => string;
}

const q = (s: string): string => `"${s}"`;
const dateBetween = (r: SummaryRefs, sheet: SheetSpec, month: number): string =>
  `${r.range(sheet, "date")},">="&DATE(${r.year},${month},1),${r.range(sheet, "date")},"<"&DATE(${r.year},${month + 1},1)`;
const inYear = (r: SummaryRefs, sheet: SheetSpec, key: string): string =>
  `${r.range(sheet, key)},">="&DATE(${r.year},1,1),${r.range(sheet, key)},"<="&DATE(${r.year},12,31)`;
const M = MEMBERS_SHEET,
  D = DUES_SHEET,
  A = ACTIVITIES_SHEET,
  C = CONDOLENCES_SHEET;
const months = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The 汇总 sheet: one formula per figure of `totals`, so the workbook shows its totals in any
 * spreadsheet program and the program can cross-check them (`summary_mismatch`). Figures that
 * need the membership-month rule (dues owed, collection rate) or distinct counts are the
 * program's alone.
 */
export const SUMMARY_ITEMS: readonly SummaryItem[] = [
  {
    key: "members.total",
    group: "会员",
    label: "年末会员人数",
    unit: "人",
    formula: (r) =>
      [
        `COUNTA(${r.range(M, "status")})`,
        ...LEFT_MEMBER_STATUSES.map((s) => `COUNTIF(${r.range(M, "status")},${q(s)})`),
      ].join("-"),
  },
  {
    key: "members.active",
    group: "会员",
    label: "其中：在职",
    unit: "人",
    formula: (r) => `COUNTIF(${r.range(M, "status")},"在职")`,
  },
  {
    key: "members.retired",
    group: "会员",
    label: "其中：退休、离休",
    unit: "人",
    formula: (r) => `COUNTIF(${r.range(M, "status")},"退休")+COUNTIF(${r.range(M, "status")},"离休")`,
  },
  {
    key: "members.joinedThisYear",
    group: "会员",
    label: "本年入会",
    unit: "人",
    formula: (r) => `COUNTIFS(${inYear(r, M, "joinDate")})`,
  },
  {
    key: "members.leftThisYear",
    group: "会员",
    label: "本年退会、转出、去世",
    unit: "人",
    formula: (r) =>
      LEFT_MEMBER_STATUSES.map((s) => `COUNTIFS(${r.range(M, "status")},${q(s)},${inYear(r, M, "statusDate")})`).join(
        "+",
      ),
  },
  {
    key: "dues.paidFen",
    group: "会费",
    label: "全年实缴会费",
    unit: "元",
    formula: (r) => `SUM(${r.span(D, "m1", "m12")})`,
  },
  {
    key: "dues.catchUpFen",
    group: "会费",
    label: "其中补缴上年",
    unit: "元",
    formula: (r) => `SUM(${r.range(D, "catchUp")})`,
  },
  ...months.map((m): SummaryItem => ({
    key: `dues.byMonthPaidFen.${m - 1}`,
    group: "会费",
    label: `${m}月实缴`,
    unit: "元",
    formula: (r) => `SUM(${r.range(D, `m${m}`)})`,
  })),
  {
    key: "activities.count",
    group: "活动",
    label: "活动次数",
    unit: "次",
    formula: (r) => `COUNTA(${r.range(A, "name")})`,
  },
  {
    key: "activities.participants",
    group: "活动",
    label: "参与人次",
    unit: "人次",
    formula: (r) => `SUM(${r.range(A, "participants")})`,
  },
  {
    key: "activities.costFen",
    group: "活动",
    label: "活动费用",
    unit: "元",
    formula: (r) => `SUM(${r.range(A, "cost")})`,
  },
  ...LISTS.activityCategory.flatMap((c): SummaryItem[] => [
    {
      key: `activities.byCategory.${c}.count`,
      group: `活动：${c}`,
      label: "次数",
      unit: "次",
      formula: (r) => `COUNTIF(${r.range(A, "category")},${q(c)})`,
    },
    {
      key: `activities.byCategory.${c}.participants`,
      group: `活动：${c}`,
      label: "参与人次",
      unit: "人次",
      formula: (r) => `SUMIFS(${r.range(A, "participants")},${r.range(A, "category")},${q(c)})`,
    },
    {
      key: `activities.byCategory.${c}.costFen`,
      group: `活动：${c}`,
      label: "费用",
      unit: "元",
      formula: (r) => `SUMIFS(${r.range(A, "cost")},${r.range(A, "category")},${q(c)})`,
    },
  ]),
  ...months.map((m): SummaryItem => ({
    key: `activities.byMonthCostFen.${m - 1}`,
    group: "活动",
    label: `${m}月活动费用`,
    unit: "元",
    formula: (r) => `SUMIFS(${r.range(A, "cost")},${dateBetween(r, A, m)})`,
  })),
  {
    key: "condolences.count",
    group: "慰问",
    label: "慰问人次",
    unit: "人次",
    formula: (r) => `COUNTA(${r.range(C, "memberId")})`,
  },
  {
    key: "condolences.amountFen",
    group: "慰问",
    label: "慰问金额",
    unit: "元",
    formula: (r) => `SUM(${r.range(C, "amount")})`,
  },
  ...LISTS.condolenceReason.flatMap((x): SummaryItem[] => [
    {
      key: `condolences.byReason.${x}.count`,
      group: `慰问：${x}`,
      label: "人次",
      unit: "人次",
      formula: (r) => `COUNTIF(${r.range(C, "reason")},${q(x)})`,
    },
    {
      key: `condolences.byReason.${x}.amountFen`,
      group: `慰问：${x}`,
      label: "金额",
      unit: "元",
      formula: (r) => `SUMIFS(${r.range(C, "amount")},${r.range(C, "reason")},${q(x)})`,
    },
  ]),
  ...LISTS.condolenceForm.flatMap((x): SummaryItem[] => [
    {
      key: `condolences.byForm.${x}.count`,
      group: `慰问形式：${x}`,
      label: "人次",
      unit: "人次",
      formula: (r) => `COUNTIF(${r.range(C, "form")},${q(x)})`,
    },
    {
      key: `condolences.byForm.${x}.amountFen`,
      group: `慰问形式：${x}`,
      label: "金额",
      unit: "元",
      formula: (r) => `SUMIFS(${r.range(C, "amount")},${r.range(C, "form")},${q(x)})`,
    },
  ]),
  ...months.map((m): SummaryItem => ({
    key: `condolences.byMonthAmountFen.${m - 1}`,
    group: "慰问",
    label: `${m}月慰问金额`,
    unit: "元",
    formula: (r) => `SUMIFS(${r.range(C, "amount")},${dateBetween(r, C, m)})`,
  })),
];

/** Column headers of the 汇总 sheet (row 2); the reader finds 数值 and 键 by them. */
export const SUMMARY_HEADERS = { group: "分组", label: "项目", value: "数值", unit: "单位", key: "键" } as const;
