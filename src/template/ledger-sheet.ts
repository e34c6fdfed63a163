import type ExcelJS from "exceljs";
import type { ColumnSpec, FormulaContext, SheetSpec } from "../layout/column.js";
import { SHEET_NAMES, TEMPLATE_HEADER_ROW } from "../layout/template-layout.js";
import { columnLetter } from "../workbook/address.js";
import { infoRowOf } from "./info-sheet.js";
import { listRange } from "./list-refs.js";
import type { TemplateLists } from "./template-lists.js";
import { printLedger } from "./print-setup.js";
import {
  DATE_FORMAT,
  FONT,
  FORMULA_FILL,
  HEADER_STYLE,
  INTEGER_FORMAT,
  MONEY_FORMAT,
  PROTECTION_OPTIONS,
  TITLE_STYLE,
} from "./styles.js";

export const FIRST_DATA_ROW = TEMPLATE_HEADER_ROW + 1;

export interface LedgerSheetOptions {
  readonly year: number | undefined;
  readonly duesRate: number;
  readonly duesTruncationYuan: number;
  /** The drop-downs' values (the 节日 list is the profile's). */
  readonly lists: TemplateLists;
  /** Known when the template is made for one union: its cached title and the printed footer. */
  readonly unionName?: string;
}

/**
 * A sheet's title, "<工会名称> <title>（<年度>年度）", as a formula on 基本信息 so that the title rows
 * printed on every page name the union even when the clerk fills 基本信息 after the template was
 * made; the result cached is what the generator knows.
 */
export function titleCell(title: string, unionName: string | undefined, year: number | undefined): ExcelJS.CellValue {
  const info = (key: string): string => `'${SHEET_NAMES.basicInfo}'!$B$${infoRowOf(key)}`;
  const union = info("unionName");
  const fy = info("fiscalYear");
  return {
    formula: `IF(${union}="","",${union}&" ")&"${title.replaceAll('"', '""')}"&IF(${fy}="","","（"&${fy}&"年度）")`,
    result: `${unionName ? `${unionName} ` : ""}${title}${year ? `（${year}年度）` : ""}`,
  };
}

const NUMBER_FORMAT: Partial<Record<ColumnSpec["kind"], string>> = {
  money: MONEY_FORMAT,
  date: DATE_FORMAT,
  integer: INTEGER_FORMAT,
  formula: MONEY_FORMAT,
};

/** Drop-down or range check for a column, with its input message (Excel caps the title at 32 chars). */
function validationOf(c: ColumnSpec, year: number | undefined, lists: TemplateLists): ExcelJS.DataValidation {
  const message = {
    showInputMessage: true,
    promptTitle: c.header.slice(0, 32),
    prompt: c.prompt.slice(0, 250),
    showErrorMessage: true,
    allowBlank: true,
  };
  const min = c.positive ? 1 : 0;
  switch (c.kind) {
    case "option":
      return {
        ...message,
        type: "list",
        formulae: [listRange(c.list ?? "gender", lists)],
        errorStyle: "stop",
        errorTitle: "不在可选范围内",
        error: "请从下拉列表中选择。",
      };
    case "money":
      return {
        ...message,
        type: "decimal",
        operator: c.positive ? "greaterThan" : "greaterThanOrEqual",
        formulae: [0],
        errorStyle: "stop",
        errorTitle: "金额有误",
        error: c.positive ? "请填写大于0的金额（元）。" : "请填写不小于0的金额（元）。",
      };
    case "integer":
      return c.max === undefined
        ? {
            ...message,
            type: "whole",
            operator: "greaterThanOrEqual",
            formulae: [min],
            errorStyle: "stop",
            errorTitle: "数字有误",
            error: `请填写不小于${min}的整数。`,
          }
        : {
            ...message,
            type: "whole",
            operator: "between",
            formulae: [min, c.max],
            errorStyle: "stop",
            errorTitle: "数字有误",
            error: `请填写${min}至${c.max}之间的整数。`,
          };
    case "date": {
      const [from, to] = c.inFiscalYear && year ? [year, year] : [1950, 2100];
      return {
        ...message,
        type: "date",
        operator: "between",
        formulae: [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 11, 31))],
        errorStyle: "stop",
        errorTitle: "日期有误",
        error: c.inFiscalYear && year ? `请填写 ${year} 年内的日期，如 ${year}-03-05。` : "请填写日期，如 2024-03-05。",
      };
    }
    case "text":
    case "formula":
      return {
        ...message,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [200],
        errorStyle: "warning",
        errorTitle: "内容过长",
        error: "内容不超过200字。",
      };
  }
}

// exceljs keeps a sheet's validations in `worksheet.dataValidations` (keyed by address; a range
// key such as "A3:A3002" is written as one sqref) but its typings only declare per-cell
// `cell.dataValidation`. Setting 3,000 cells one by one would work too, only slower.
type WithValidations = { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } };
const rangeValidations = (ws: ExcelJS.Worksheet): WithValidations["dataValidations"] =>
  (ws as unknown as WithValidations).dataValidations;

/** One ledger sheet of template-v1.md: title, headers, prepared rows, drop-downs, protection. */
export async function addLedgerSheet(
  wb: ExcelJS.Workbook,
  spec: SheetSpec,
  opts: LedgerSheetOptions,
): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: TEMPLATE_HEADER_ROW, xSplit: 0 }] });
  const last = columnLetter(spec.columns.length);
  const lastRow = TEMPLATE_HEADER_ROW + spec.preparedRows;
  const colOf = new Map(spec.columns.map((c, i) => [c.key, i + 1]));

  ws.mergeCells(`A1:${last}1`);
  const title = ws.getCell("A1");
  title.value = titleCell(spec.title, opts.unionName, opts.year);
  title.style = TITLE_STYLE;
  ws.getRow(1).height = 28;

  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    // Column style: every cell below, prepared or not, is formatted and unlocked for the clerk.
    col.style = {
      font: { name: FONT, size: 11 },
      numFmt: NUMBER_FORMAT[c.kind] ?? "@",
      protection: { locked: c.kind === "formula" },
    };
    const header = ws.getCell(TEMPLATE_HEADER_ROW, i + 1);
    header.value = c.header;
    header.style = HEADER_STYLE;
    if (c.kind !== "formula")
      rangeValidations(ws).add(
        `${columnLetter(i + 1)}${TEMPLATE_HEADER_ROW + 1}:${columnLetter(i + 1)}${lastRow}`,
        validationOf(c, opts.year, opts.lists),
      );
  });
  ws.getRow(TEMPLATE_HEADER_ROW).height = 30;

  const formulaColumns = spec.columns.filter((c) => c.formula);
  for (let r = FIRST_DATA_ROW; r <= lastRow; r++) {
    for (const c of formulaColumns) {
      const ctx: FormulaContext = {
        col: (k) => columnLetter(colOf.get(k) ?? 0),
        row: r,
        duesRate: opts.duesRate,
        duesTruncationYuan: opts.duesTruncationYuan,
      };
      const cell = ws.getCell(r, colOf.get(c.key) ?? 0);
      cell.value = { formula: c.formula?.(ctx) ?? "" };
      cell.style = {
        font: { name: FONT, size: 11 },
        numFmt: MONEY_FORMAT,
        fill: FORMULA_FILL,
        protection: { locked: true },
      };
    }
  }
  ws.autoFilter = `A${TEMPLATE_HEADER_ROW}:${last}${TEMPLATE_HEADER_ROW}`;
  printLedger(ws, opts.unionName);
  await ws.protect("", PROTECTION_OPTIONS);
  return ws;
}
