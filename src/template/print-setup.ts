import type ExcelJS from "exceljs";
import type { SheetSpec } from "../layout/column.js";
import { LEDGER_SHEETS, TEMPLATE_HEADER_ROW } from "../layout/template-layout.js";
import { columnLetter } from "../workbook/address.js";

/**
 * How the workbook prints: A4, every ledger landscape and one page wide with its title and header
 * rows on every page, and a footer with the union's name and 第N页 共M页, so a
 * unit can print, sign and file it (issue 13, item 7).
 */

/** OOXML paper size code of A4 (ECMA-376 §18.3.1.63). */
const A4 = 9;
/** Inches, as OOXML stores them: 1.8 cm at the sides, room for the footer below. */
const MARGINS: ExcelJS.Margins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
const FIRST_DATA_ROW = TEMPLATE_HEADER_ROW + 1;

/** `&` starts a code in a header or footer; a literal one is doubled. Excel allows 255 characters. */
const footerText = (s: string): string => s.replaceAll("&", "&&").slice(0, 120);

/** Left: the union (when the generator knows it); centre: 第N页 共M页 (&P, &N); right: the sheet (&A). */
export function footerOf(unionName: string | undefined): string {
  return `${unionName ? `&L${footerText(unionName)}` : ""}&C第&P页 共&N页&R&A`;
}

/**
 * A4, one page wide (as many tall as the rows need: fitToHeight 0 is "automatic" in Excel and
 * LibreOffice), centred, the footer of footerOf. 基本信息 and 汇总 portrait; 填表说明 landscape, so
 * that its text prints near full size (its 12 text columns are wider than a portrait page).
 */
export function printSheet(
  ws: ExcelJS.Worksheet,
  orientation: "portrait" | "landscape",
  unionName?: string,
  gridLines = false,
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4 as ExcelJS.PaperSize,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    showGridLines: gridLines,
    margins: MARGINS,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: footerOf(unionName) };
}

/**
 * A ledger: A4 landscape, one page wide, the title and header rows repeated, gridlines printed (the
 * data cells have no borders). No print area: Excel and LibreOffice then print the used area, which
 * is the filled rows — except where prepared formula rows reach further (会费台账's 3,000). A print
 * area that follows the data would be a `_xlnm.Print_Area` formula (OFFSET…): LibreOffice 7.4 keeps
 * it but prints its used area anyway, and exceljs 4.4 cannot load a workbook that has one (its
 * reconcile step throws), so the template has none; a workbook the program fills gets its rows
 * as a plain range (printFilledRows).
 */
export function printLedger(ws: ExcelJS.Worksheet, unionName?: string): void {
  printSheet(ws, "landscape", unionName, true);
  ws.pageSetup.printTitlesRow = `1:${TEMPLATE_HEADER_ROW}`;
}

/**
 * A workbook the program has filled (the bundled example): each ledger's print area set to its
 * filled rows, a plain range that LibreOffice honours as well as Excel. Not for a clerk's
 * workbook: rows added later would not print.
 */
export function printFilledRows(wb: ExcelJS.Workbook): void {
  for (const spec of LEDGER_SHEETS as readonly SheetSpec[]) {
    const ws = wb.getWorksheet(spec.name);
    if (!ws) continue;
    let last = TEMPLATE_HEADER_ROW;
    // Only the cells that exist: getCell would create (and then write) every empty cell of the
    // 3,000 prepared rows, with its column's style.
    ws.eachRow((row, r) => {
      if (r < FIRST_DATA_ROW) return;
      row.eachCell((cell, col) => {
        const c = spec.columns[col - 1];
        if (c && !c.filler && !isBlank(cell.value)) last = Math.max(last, r);
      });
    });
    // Written as `'sheet'!$A$1:…`: exceljs puts a `$` before each part, the rows need their own.
    ws.pageSetup.printArea = `A$1:${columnLetter(spec.columns.length)}$${last}`;
  }
}

const isBlank = (v: ExcelJS.CellValue): boolean => v === null || v === undefined || v === "";
