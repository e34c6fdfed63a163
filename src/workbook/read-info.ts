import { BASIC_INFO_SHEET } from "../layout/template-layout.js";
import { cellAddress } from "./address.js";
import type { FindingSink } from "./findings-sink.js";
import { headerKey } from "./header-key.js";
import { parseCell, type Report } from "./parse-cell.js";
import { displayText } from "../cells/raw-cell.js";
import type { SheetSource } from "./source/source.js";
import type { BasicInfo } from "./ledger.js";

const MAX_INFO_ROWS = 40;

/** 基本信息: labels in column A, values in column B, found by label (rows may move). */
export function readBasicInfo(
  ws: SheetSource | undefined,
  sink: FindingSink,
): { info: BasicInfo; rows: Record<string, number> } {
  const info: Record<string, unknown> = {};
  const rows: Record<string, number> = {};
  if (!ws) {
    sink.add("sheet_missing", { sheet: BASIC_INFO_SHEET.name }, {});
    return { info, rows };
  }
  const byLabel = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, MAX_INFO_ROWS); r++) {
    const label = headerKey(displayText(ws.cell(r, 1)));
    if (label && !byLabel.has(label)) byLabel.set(label, r);
  }
  for (const field of BASIC_INFO_SHEET.fields) {
    const r = byLabel.get(headerKey(field.label));
    if (r === undefined) {
      if (field.required) sink.add("header_missing", { sheet: BASIC_INFO_SHEET.name }, { header: field.label });
      continue;
    }
    rows[field.key] = r;
    const raw = ws.cell(r, 2);
    const shown = displayText(raw);
    const place = {
      sheet: BASIC_INFO_SHEET.name,
      row: r,
      column: field.label,
      cell: cellAddress(r, 2),
      ...(shown ? { value: shown } : {}),
    };
    const report: Report = (code, params) => sink.add(code, place, params);
    if (raw.type === "empty") {
      if (field.required) report("required_missing", { header: field.label });
      continue;
    }
    const value = parseCell(
      raw,
      { header: field.label, kind: field.kind, ...("list" in field ? { list: field.list } : {}) },
      report,
    );
    if (field.key === "fiscalYear" && typeof value === "number" && (value < 2000 || value > 2100)) {
      report("invalid_number", { header: field.label, expected: "year" });
      continue;
    }
    if (value !== undefined) info[field.key] = value;
  }
  return { info: info as BasicInfo, rows };
}
