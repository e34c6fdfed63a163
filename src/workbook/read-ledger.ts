import {
  ACTIVITIES_SHEET,
  CONDOLENCES_SHEET,
  DUES_SHEET,
  LEDGER_SHEETS,
  MEMBERS_SHEET,
  SHEET_NAMES,
  SUPPORTED_MAJOR,
  TEMPLATE_ID,
} from "../layout/template-layout.js";
import { ok, type Result } from "../result.js";
import { failed, type InputError } from "./input-error.js";
import { findingSink, type FindingSink } from "./findings-sink.js";
import type { Ledger } from "./ledger.js";
import { readBasicInfo } from "./read-info.js";
import { majorOf, readMeta } from "./read-meta.js";
import { readSheet } from "./read-sheet.js";
import { readSummary } from "./read-summary.js";
import type { WorkbookSource } from "./source/source.js";

/** A workbook → the ledger the rules see, plus the findings met while reading. */
export function readLedger(
  wb: WorkbookSource,
): Result<{ readonly ledger: Ledger; readonly sink: FindingSink }, InputError> {
  const sheet = (name: string) => wb.sheet(name);
  const known = [SHEET_NAMES.basicInfo, SHEET_NAMES.meta, ...LEDGER_SHEETS.map((s) => s.name)];
  if (!known.some((n) => sheet(n))) return failed("not_ledger", `${SHEET_NAMES.basicInfo}”“${MEMBERS_SHEET.name}`);

  const sink = findingSink();
  const meta = readMeta(sheet(SHEET_NAMES.meta));
  const template = meta?.id === TEMPLATE_ID ? meta : undefined;
  if (!template) sink.add("template_unknown", { sheet: SHEET_NAMES.meta }, {});
  else if (!(majorOf(template.version) <= SUPPORTED_MAJOR)) {
    sink.add(
      "template_version_unsupported",
      { sheet: SHEET_NAMES.meta, value: template.version },
      { version: template.version, supportedMajor: SUPPORTED_MAJOR },
    );
  }
  const { info, rows: infoRows } = readBasicInfo(sheet(SHEET_NAMES.basicInfo), sink);
  const year = info.fiscalYear;
  const version = template?.version;
  const ledger: Ledger = {
    template,
    info,
    infoRows,
    members: readSheet(sheet(MEMBERS_SHEET.name), MEMBERS_SHEET, undefined, sink, version),
    dues: readSheet(sheet(DUES_SHEET.name), DUES_SHEET, undefined, sink, version),
    activities: readSheet(sheet(ACTIVITIES_SHEET.name), ACTIVITIES_SHEET, year, sink, version),
    condolences: readSheet(sheet(CONDOLENCES_SHEET.name), CONDOLENCES_SHEET, year, sink, version),
    summary: readSummary(sheet(SHEET_NAMES.summary)),
  };
  return ok({ ledger, sink });
}
