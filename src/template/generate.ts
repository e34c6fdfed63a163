import ExcelJS from "exceljs";
import { LEDGER_SHEETS, TEMPLATE_ID, TEMPLATE_VERSION } from "../layout/template-layout.js";
import type { Profile } from "../profiles/profile.js";
import { addLedgerSheet } from "./ledger-sheet.js";
import { addInfoSheet } from "./info-sheet.js";
import { addInstructionsSheet } from "./instructions.js";
import { addListsSheet, addMetaSheet } from "./hidden-sheets.js";
import { addSummarySheet } from "./summary-sheet.js";
import { layoutHash } from "./layout-hash.js";
import { templateLists } from "./template-lists.js";
import { printSheet } from "./print-setup.js";
import { toFile } from "../profiles/profile-file.js";

export interface TemplateOptions {
  readonly profile: Profile;
  readonly unionName?: string;
  readonly fiscalYear?: number;
  readonly codeSystem?: "2017" | "2022";
  /** ISO time stamped in `_meta`; the caller passes the clock so output is reproducible in tests. */
  readonly generatedAt: string;
  readonly generator: string;
}

/** The standard workbook of template-v1.md, built from the one layout definition. */
export async function buildTemplate(o: TemplateOptions): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "union-ledger";
  wb.created = new Date(o.generatedAt);
  wb.modified = new Date(o.generatedAt);
  const codeSystem = o.codeSystem ?? o.profile.codeSystem;
  const lists = templateLists(o.profile);
  await addInstructionsSheet(wb, o.profile);
  const info = await addInfoSheet(wb, {
    profileId: o.profile.id,
    codeSystem,
    lists,
    ...(o.unionName ? { unionName: o.unionName } : {}),
    ...(o.fiscalYear ? { fiscalYear: o.fiscalYear } : {}),
  });
  printSheet(info, "portrait", o.unionName);
  for (const spec of LEDGER_SHEETS) {
    await addLedgerSheet(wb, spec, {
      year: o.fiscalYear,
      duesRate: o.profile.dues.rate,
      duesTruncationYuan: o.profile.dues.truncationYuan,
      lists,
      ...(o.unionName ? { unionName: o.unionName } : {}),
    });
  }
  await addSummarySheet(wb, { unionName: o.unionName, year: o.fiscalYear });
  await addListsSheet(wb, lists);
  await addMetaSheet(wb, {
    templateId: TEMPLATE_ID,
    templateVersion: TEMPLATE_VERSION,
    profile: o.profile.id,
    codeSet: codeSystem,
    generatedAt: o.generatedAt,
    generator: o.generator,
    layoutHash: await layoutHash(),
    // The whole profile, so a grassroots clerk's copy is checked against the standard the upper
    // union issued it with, with no profile file of their own.
    profileJson: JSON.stringify(toFile(o.profile)),
  });
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
