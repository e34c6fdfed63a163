import type ExcelJS from "exceljs";
import { BASIC_INFO_SHEET } from "../layout/template-layout.js";
import { listRange } from "./list-refs.js";
import type { TemplateLists } from "./template-lists.js";
import { DATE_FORMAT, FONT, HEADER_STYLE, PROTECTION_OPTIONS, TITLE_STYLE } from "./styles.js";

/** First row of the 基本信息 fields (row 1 is the title). */
export const INFO_FIRST_ROW = 2;

export const infoRowOf = (key: string): number =>
  INFO_FIRST_ROW + BASIC_INFO_SHEET.fields.findIndex((f) => f.key === key);

export interface InfoValues {
  readonly unionName?: string;
  readonly fiscalYear?: number;
  readonly profileId: string;
  readonly codeSystem: string;
  readonly lists: TemplateLists;
}

/** 基本信息: labels in A (locked), values in B (unlocked, except the profile the generator fills). */
export async function addInfoSheet(wb: ExcelJS.Workbook, values: InfoValues): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(BASIC_INFO_SHEET.name);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 60;
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "基本信息";
  ws.getCell("A1").style = TITLE_STYLE;
  const prefilled: Readonly<Record<string, string | number | undefined>> = {
    unionName: values.unionName,
    fiscalYear: values.fiscalYear,
    profileId: values.profileId,
    codeSystem: values.codeSystem,
  };
  BASIC_INFO_SHEET.fields.forEach((f, i) => {
    const r = INFO_FIRST_ROW + i;
    const label = ws.getCell(r, 1);
    label.value = f.label;
    label.style = { ...HEADER_STYLE, alignment: { horizontal: "left", vertical: "middle" } };
    const cell = ws.getCell(r, 2);
    const v = prefilled[f.key];
    if (v !== undefined) cell.value = v;
    const fixedByGenerator = f.key === "profileId";
    cell.style = {
      font: { name: FONT, size: 11 },
      numFmt: f.kind === "date" ? DATE_FORMAT : f.kind === "money" ? "#,##0.00" : f.kind === "integer" ? "0" : "@",
      protection: { locked: fixedByGenerator },
      border: { bottom: { style: "thin" } },
    };
    if (f.list) {
      cell.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [listRange(f.list, values.lists)],
        showInputMessage: true,
        promptTitle: f.label,
        prompt: f.prompt,
      };
    } else if (!fixedByGenerator) {
      cell.dataValidation = {
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [200],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: f.label,
        prompt: f.prompt,
      };
    }
    const hint = ws.getCell(r, 3);
    hint.value = `${f.required ? "【必填】" : ""}${f.prompt}`;
    hint.style = { font: { name: FONT, size: 10, color: { argb: "FF666666" } }, protection: { locked: true } };
  });
  await ws.protect("", PROTECTION_OPTIONS);
  return ws;
}
