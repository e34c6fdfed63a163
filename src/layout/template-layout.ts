import { ACTIVITIES_SHEET } from "./sheets/activities.js";
import { BASIC_INFO_SHEET } from "./sheets/basic-info.js";
import { CONDOLENCES_SHEET } from "./sheets/condolences.js";
import { DUES_SHEET } from "./sheets/dues.js";
import { MEMBERS_SHEET } from "./sheets/members.js";
import { LISTS, STATUTORY_FESTIVALS } from "./lists.js";

export const TEMPLATE_ID = "union-ledger";
/** semver of the workbook layout (not of the program). */
export const TEMPLATE_VERSION = "1.1.0";
export const SUPPORTED_MAJOR = 1;

export const SHEET_NAMES = {
  instructions: "填表说明",
  basicInfo: BASIC_INFO_SHEET.name,
  members: MEMBERS_SHEET.name,
  dues: DUES_SHEET.name,
  activities: ACTIVITIES_SHEET.name,
  condolences: CONDOLENCES_SHEET.name,
  summary: "汇总",
  lists: "_lists",
  meta: "_meta",
} as const;

/**
 * The sheets a reader looks at, in workbook order: what the Excel pane reads through Office.js and the order
 * findings are sorted in. `填表说明`, `_lists` and a clerk's own sheets are never read.
 */
export const READ_SHEETS = [
  SHEET_NAMES.meta,
  SHEET_NAMES.basicInfo,
  SHEET_NAMES.members,
  SHEET_NAMES.dues,
  SHEET_NAMES.activities,
  SHEET_NAMES.condolences,
  SHEET_NAMES.summary,
] as const;

/** The ledgers in the order they appear, read and report. */
export const LEDGER_SHEETS = [MEMBERS_SHEET, DUES_SHEET, ACTIVITIES_SHEET, CONDOLENCES_SHEET] as const;

/** Header row and first data row of every ledger sheet in the template (row 1 holds the title). */
export const TEMPLATE_HEADER_ROW = 2;
export const HEADER_SEARCH_ROWS = 5;

/**
 * The layout as data: what `layoutHash` in `_meta` is computed from, so a change of any header,
 * kind or list gives a new hash.
 */
export function layoutSignature(): string {
  return JSON.stringify({
    basicInfo: BASIC_INFO_SHEET.fields.map((f) => [f.label, f.kind, f.list ?? null]),
    ledgers: LEDGER_SHEETS.map((s) => [s.name, s.columns.map((c) => [c.header, c.kind, "list" in c ? c.list : null])]),
    // 1.1: the 节日 drop-down is the profile's (template/template-lists.ts), not this list.
    lists: { ...LISTS, festival: [...STATUTORY_FESTIVALS, "（经费标准方案列明的少数民族节日）"] },
    since: LEDGER_SHEETS.map((s) => s.columns.map((c) => ("since" in c ? c.since : null))),
  });
}

export { ACTIVITIES_SHEET, BASIC_INFO_SHEET, CONDOLENCES_SHEET, DUES_SHEET, MEMBERS_SHEET };
