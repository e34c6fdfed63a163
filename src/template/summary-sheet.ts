import type ExcelJS from "exceljs";
import type { SheetSpec } from "../layout/column.js";
import { SUMMARY_HEADERS, SUMMARY_ITEMS, type SummaryRefs } from "../layout/summary-items.js";
import { SHEET_NAMES } from "../layout/template-layout.js";
import { LIMITS } from "../workbook/limits.js";
import { columnLetter } from "../workbook/address.js";
import { FIRST_DATA_ROW, titleCell } from "./ledger-sheet.js";
import { infoRowOf } from "./info-sheet.js";
import { printSheet } from "./print-setup.js";
import {
  FONT,
  FORMULA_FILL,
  HEADER_STYLE,
  MONEY_FORMAT,
  PROTECTION_OPTIONS,
  THIN_BORDER,
  TITLE_STYLE,
} from "./styles.js";

// Ranges reach the last row the program accepts, so rows a clerk inserts are still counted.
const LAST_ROW = FIRST_DATA_ROW + LIMITS.maxRowsPerSheet - 1;

const column = (sheet: SheetSpec, key: string): string =>
  columnLetter(sheet.columns.findIndex((c) => c.key === key) + 1);

export const TEMPLATE_REFS: SummaryRefs = {
  range: (s, k) => `'${s.name}'!$${column(s, k)}$${FIRST_DATA_ROW}:$${column(s, k)}$${LAST_ROW}`,
  span: (s, a, b) => `'${s.name}'!$${column(s, a)}$${FIRST_DATA_ROW}:$${column(s, b)}$${LAST_ROW}`,
  year: `'${SHEET_NAMES.basicInfo}'!$B$${infoRowOf("fiscalYear")}`,
};

export interface SummarySheetOptions {
  readonly unionName: string | undefined;
  readonly year: number | undefined;
}

/** Who signs the printed 汇总 for the 经费审查委员会, one line each (issue 13). */
export const SIGNATURES = ["经办人", "审核人", "工会主席", "经审委员会主任", "日期"] as const;
/** The empty date line, to be written in by hand. */
export const DATE_LINE = "　　　　年　　月　　日";
/** Below the totals: what the grey cells are and what only the program gives. */
export const SUMMARY_NOTE =
  "说明：灰色数值由公式自动计算，请勿修改。会费应缴额、收缴率和慰问人数（按人去重）需按会籍月份等规则计算，由工会台账助手（union-ledger）给出。";

/** Signature lines below the totals: a label, and a ruled cell (unlocked) to sign or type in. */
function addSignatures(ws: ExcelJS.Worksheet, firstRow: number): number {
  SIGNATURES.forEach((who, i) => {
    const r = firstRow + i;
    const label = ws.getCell(r, 1);
    label.value = `${who}：`;
    label.style = { font: { name: FONT, size: 11 }, alignment: { horizontal: "right", vertical: "bottom" } };
    ws.mergeCells(r, 2, r, 3);
    const line = ws.getCell(r, 2);
    if (who === "日期") line.value = DATE_LINE;
    line.style = {
      font: { name: FONT, size: 11 },
      alignment: { horizontal: "right", vertical: "bottom" },
      border: { bottom: THIN_BORDER },
      protection: { locked: false },
    };
    ws.getRow(r).height = 30;
  });
  return firstRow + SIGNATURES.length - 1;
}

/**
 * 汇总: one live formula per total (layout/summary-items.ts), locked; the key column is hidden.
 * Below the totals, the signature lines of the printed copy.
 */
export async function addSummarySheet(wb: ExcelJS.Workbook, opts: SummarySheetOptions): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(SHEET_NAMES.summary, { views: [{ state: "frozen", ySplit: 2, xSplit: 0 }] });
  const widths = [18, 20, 16, 8, 40];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(5).hidden = true;
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = titleCell("台账汇总", opts.unionName, opts.year);
  ws.getCell("A1").style = TITLE_STYLE;
  const headers = [
    SUMMARY_HEADERS.group,
    SUMMARY_HEADERS.label,
    SUMMARY_HEADERS.value,
    SUMMARY_HEADERS.unit,
    SUMMARY_HEADERS.key,
  ];
  headers.forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h;
    c.style = HEADER_STYLE;
  });
  SUMMARY_ITEMS.forEach((item, i) => {
    const r = 3 + i;
    // Ruled cells, so the printed table reads as one.
    const border = { top: THIN_BORDER, bottom: THIN_BORDER, left: THIN_BORDER, right: THIN_BORDER };
    ws.getCell(r, 1).value = item.group;
    ws.getCell(r, 2).value = item.label;
    const v = ws.getCell(r, 3);
    v.value = { formula: item.formula(TEMPLATE_REFS) };
    v.style = {
      font: { name: FONT, size: 11 },
      numFmt: item.unit === "元" ? MONEY_FORMAT : "0",
      fill: FORMULA_FILL,
      border,
    };
    ws.getCell(r, 4).value = item.unit;
    ws.getCell(r, 5).value = item.key;
    for (const c of [1, 2, 4]) ws.getCell(r, c).style = { font: { name: FONT, size: 11 }, border };
  });
  const noteRow = 3 + SUMMARY_ITEMS.length + 1;
  const note = ws.getCell(noteRow, 1);
  note.value = SUMMARY_NOTE;
  note.style = { font: { name: FONT, size: 10, color: { argb: "FF666666" } }, alignment: { wrapText: true } };
  ws.mergeCells(noteRow, 1, noteRow, 4);
  ws.getRow(noteRow).height = 30;
  const lastRow = addSignatures(ws, noteRow + 2);
  printSheet(ws, "portrait", opts.unionName);
  ws.pageSetup.printArea = `A$1:D$${lastRow}`;
  ws.pageSetup.printTitlesRow = "1:2";
  await ws.protect("", PROTECTION_OPTIONS);
  return ws;
}
