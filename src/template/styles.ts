import type ExcelJS from "exceljs";

/** Shared look of the template; one place so every sheet matches. */
export const FONT = "宋体";
export const MONEY_FORMAT = "#,##0.00";
export const DATE_FORMAT = "yyyy-mm-dd";
export const INTEGER_FORMAT = "0";

export const TITLE_STYLE: Partial<ExcelJS.Style> = {
  font: { name: "黑体", size: 14, bold: true },
  alignment: { horizontal: "center", vertical: "middle" },
  protection: { locked: true },
};

export const THIN_BORDER: Partial<ExcelJS.Border> = { style: "thin" };

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11, bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  border: { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } },
  protection: { locked: true },
};

/** Cells the program computes: grey, locked. */
export const FORMULA_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

export const TEXT_STYLE: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11 },
  alignment: { vertical: "top", wrapText: true },
};

/** Sheet protection without a password: a clerk can still unprotect on purpose (template-v1.md). */
export const PROTECTION_OPTIONS: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  deleteRows: true,
  sort: true,
  autoFilter: true,
};
