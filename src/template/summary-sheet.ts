import type ExcelJS from "exceljs";
import type { SheetSpec } from "../layout/column.js";
import { SUMMARY_HEADERS, SUMMARY_ITEMS, type SummaryRefs } from "../layout/summary-items.js";
import { SHEET_NAMES } from "../layout/template-layout.js";
import { LIMITS } from "../workbook/limits.js";
import { columnLetter } from "../workbook/address.js";
import { FIRST_DATA_ROW } from "./ledger-sheet.js";
import { infoRowOf } from "./info-sheet.js";
import { FONT, FORMULA_FILL, HEADER_STYLE, MONEY_FORMAT, PROTECTION_OPTIONS, TITLE_STYLE } from "./styles.js";

// Ranges reach the last row the program accepts, so rows a clerk inserts are still counted.
const LAST_ROW = FIRST_DATA_ROW + LIMITS.maxRowsPerSheet - 1;

const column = (sheet: SheetSpec, key: string): string =>
  columnLetter(sheet.columns.findIndex((c) => c.key === key) + 1);

export const TEMPLATE_REFS: SummaryRefs = {
  range: (s, k) => `'${s.name}'!$${column(s, k)}$${FIRST_DATA_ROW}:$${column(s, k)}$${LAST_ROW}`,
  span: (s, a, b) => `'${s.name}'!$${column(s, a)}$${FIRST_DATA_ROW}:$${column(s, b)}$${LAST_ROW}`,
  year: `'${SHEET_NAMES.basicInfo}'!$B$${infoRowOf("fiscalYear")}`,
};

/** 汇总: one live formula per total (layout/summary-items.ts), locked; the key column is hidden. */
export async function addSummarySheet(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(SHEET_NAMES.summary, { views: [{ state: "frozen", ySplit: 2, xSplit: 0 }] });
  const widths = [18, 20, 16, 8, 40];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(5).hidden = true;
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = "汇总（由公式自动计算，请勿修改）";
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
    ws.getCell(r, 1).value = item.group;
    ws.getCell(r, 2).value = item.label;
    const v = ws.getCell(r, 3);
    v.value = { formula: item.formula(TEMPLATE_REFS) };
    v.style = { font: { name: FONT, size: 11 }, numFmt: item.unit === "元" ? MONEY_FORMAT : "0", fill: FORMULA_FILL };
    ws.getCell(r, 4).value = item.unit;
    ws.getCell(r, 5).value = item.key;
  });
  const note = ws.getCell(3 + SUMMARY_ITEMS.length + 1, 1);
  note.value =
    "说明：会费应缴额、收缴率和慰问人数（按人去重）需按会籍月份等规则计算，由工会台账助手（union-ledger）给出。";
  note.style = { font: { name: FONT, size: 10, color: { argb: "FF666666" } } };
  await ws.protect("", PROTECTION_OPTIONS);
  return ws;
}
