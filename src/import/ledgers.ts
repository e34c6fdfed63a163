import type { ColumnSpec, SheetSpec } from "../layout/column.js";
import { ACTIVITIES_SHEET, CONDOLENCES_SHEET, DUES_SHEET, MEMBERS_SHEET } from "../layout/template-layout.js";

/**
 * What a clerk's sheet can hold: one of the template's four ledgers, or dues kept one row per payment
 * (`duesPayments`: 缴费日期, 会员编号, 所属月份, 金额), which the import turns into 会费台账's month grid.
 */
export type LedgerId = "members" | "dues" | "duesPayments" | "activities" | "condolences";

export const LEDGER_IDS = [
  "members",
  "dues",
  "duesPayments",
  "activities",
  "condolences",
] as const satisfies readonly LedgerId[];

/**
 * One row per payment, as the columns the reader reads it by: a sheet spec of its own (not a template sheet), so
 * the value-reading rules (parse-cell.ts) and the total-row test (total-row.ts) read it as they read the template's.
 */
export const DUES_PAYMENTS_SPEC = {
  name: "会费台账",
  title: "会费缴纳记录",
  preparedRows: 0,
  columns: [
    { key: "memberId", header: "会员编号", kind: "text", required: true, width: 0, prompt: "" },
    { key: "name", header: "姓名", kind: "text", width: 0, prompt: "" },
    { key: "payDate", header: "缴费日期", kind: "date", width: 0, prompt: "" },
    { key: "period", header: "所属月份", kind: "text", width: 0, prompt: "" },
    { key: "amount", header: "金额", kind: "money", width: 0, prompt: "" },
    { key: "remark", header: "备注", kind: "text", width: 0, prompt: "" },
  ],
} as const satisfies SheetSpec;

/** The columns a sheet of each ledger is read by. */
export const SPEC_OF: Readonly<Record<LedgerId, SheetSpec>> = {
  members: MEMBERS_SHEET,
  dues: DUES_SHEET,
  duesPayments: DUES_PAYMENTS_SPEC,
  activities: ACTIVITIES_SHEET,
  condolences: CONDOLENCES_SHEET,
};

/** The template sheet each ledger is written to (both forms of dues go to 会费台账). */
export const TARGET_SHEET: Readonly<Record<LedgerId, string>> = {
  members: MEMBERS_SHEET.name,
  dues: DUES_SHEET.name,
  duesPayments: DUES_SHEET.name,
  activities: ACTIVITIES_SHEET.name,
  condolences: CONDOLENCES_SHEET.name,
};

/** A ledger as MAP.json names it: the template sheet, and for dues which form ("会费台账" / "会费台账（逐笔）"). */
export const LEDGER_LABEL: Readonly<Record<LedgerId, string>> = {
  members: "会员名册",
  dues: "会费台账",
  duesPayments: "会费台账（逐笔）",
  activities: "活动台账",
  condolences: "慰问金台账",
};

export const columnOf = (ledger: LedgerId, key: string): ColumnSpec | undefined =>
  SPEC_OF[ledger].columns.find((c) => c.key === key);
