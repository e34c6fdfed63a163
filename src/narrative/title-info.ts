import type { FindingPlace } from "../findings/finding.js";
import { BASIC_INFO_SHEET } from "../layout/template-layout.js";
import type { BasicInfo } from "../workbook/ledger.js";

/** The 基本信息 fields a report's title is made of ("{工会名称}{年度}年工作总结"). */
const TITLE_FIELDS = ["unionName", "fiscalYear"] as const;
export type TitleField = (typeof TITLE_FIELDS)[number];

/** A title field the workbook leaves empty (or unreadable), and where the clerk fills it in. */
export interface MissingTitleInfo {
  readonly field: TitleField;
  /** Its label on 基本信息 ("工会名称"). */
  readonly label: string;
  readonly sheet: string;
  /** The value's cell ("B2"), where the reader found the label (rows may move); undefined when the label is missing. */
  readonly cell: string | undefined;
}

/**
 * What a report cannot do without: with no union name or no year, the title would read "0年工作总结" (a blank
 * template), so the panes stop and name these fields and cells instead of writing one. An unreadable year (not a
 * year from 2000 to 2100) counts as missing: the reader keeps no value for it. The cell is the one the reader's
 * finding about the field names (required_missing, invalid_number: 基本信息 is read first, so they are always kept);
 * the argument is only what a view holding part of an analysis (the pane's, from its worker) has.
 */
export function missingTitleInfo(a: {
  readonly ledger: { readonly info: Pick<BasicInfo, TitleField> };
  readonly findings: readonly FindingPlace[];
}): readonly MissingTitleInfo[] {
  const { info } = a.ledger;
  const present: Readonly<Record<TitleField, boolean>> = {
    unionName: (info.unionName ?? "").trim() !== "",
    fiscalYear: info.fiscalYear !== undefined && info.fiscalYear > 0,
  };
  return TITLE_FIELDS.filter((f) => !present[f]).map((field) => {
    const label = BASIC_INFO_SHEET.fields.find((f) => f.key === field)?.label ?? field;
    const at = a.findings.find((f) => f.sheet === BASIC_INFO_SHEET.name && f.column === label && f.cell);
    return { field, label, sheet: BASIC_INFO_SHEET.name, cell: at?.cell };
  });
}
