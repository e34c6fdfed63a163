import type ExcelJS from "exceljs";
import { SHEET_NAMES } from "../layout/template-layout.js";
import { LIST_IDS } from "./list-refs.js";
import type { TemplateLists } from "./template-lists.js";
import { PROTECTION_OPTIONS } from "./styles.js";

/** `_lists`: hidden, one closed list per column, read by the drop-downs. */
export async function addListsSheet(wb: ExcelJS.Workbook, lists: TemplateLists): Promise<void> {
  const ws = wb.addWorksheet(SHEET_NAMES.lists, { state: "hidden" });
  LIST_IDS.forEach((id, i) => {
    ws.getCell(1, i + 1).value = id;
    lists[id].forEach((v, j) => (ws.getCell(j + 2, i + 1).value = v));
  });
  await ws.protect("", PROTECTION_OPTIONS);
}

/** `_meta`: very hidden key/value pairs (template-v1.md), locked. */
export async function addMetaSheet(wb: ExcelJS.Workbook, pairs: Readonly<Record<string, string>>): Promise<void> {
  const ws = wb.addWorksheet(SHEET_NAMES.meta, { state: "veryHidden" });
  Object.entries(pairs).forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
  });
  await ws.protect("", PROTECTION_OPTIONS);
}
