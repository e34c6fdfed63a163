import { findProfile, DEFAULT_PROFILE_ID } from "../profiles/builtin.js";
import type { Profile } from "../profiles/profile.js";
import { err, ok, type Result } from "../result.js";
import { loadWorkbookSource } from "../workbook/load.js";
import { readLedger } from "../workbook/read-ledger.js";
import type { XlsxReadOptions } from "../workbook/xlsx/open-xlsx.js";
import type { ImportMap } from "./map-file.js";
import { planImport, type ImportOptions } from "./plan.js";
import type { ImportError, ImportReport } from "./report.js";

export interface ImportLedgerOptions extends ImportOptions {
  /** The profile the standard workbook is made for (`template --profile`); the default profile when not given. */
  readonly profile?: Profile;
  /** Stamped in `_meta` (as `template` and `upgrade` do); the caller passes the clock so tests are reproducible. */
  readonly generatedAt?: string;
  readonly generator?: string;
  /** The zip codec (union-ledger/node's NODE_ZIP in Node). */
  readonly zip?: Omit<XlsxReadOptions, "sheets">;
}

export interface ImportOutcome {
  /** The map used: write it beside the output as MAP.json; passed back, it imports the same way. */
  readonly map: ImportMap;
  readonly report: ImportReport;
  /** The standard workbook (.xlsx) on the current template. */
  readonly bytes: Uint8Array;
}

/**
 * A clerk's own workbook (.xlsx bytes) → the standard workbook, the report of what was done and the map
 * (issue 15). Read with the one reader (every sheet: a clerk's ledger may be on any), planned by planImport, and
 * written by upgradeWorkbook — the writer of `template` and `upgrade`, which keeps the columns the template has no
 * place for to the right of their sheet under their own headers. The input bytes are never changed.
 */
export async function importLedger(
  bytes: Uint8Array,
  options: ImportLedgerOptions = {},
): Promise<Result<ImportOutcome, ImportError>> {
  const loaded = loadWorkbookSource(bytes, { ...options.zip, sheets: () => true });
  if (!loaded.ok) return err({ code: "input", input: loaded.error });
  const plan = planImport(loaded.value, options);
  if (!plan.ok) return plan;
  const read = readLedger(plan.value.standard);
  // planImport always makes 基本信息 and the ledgers it found, so the standard source is a ledger.
  if (!read.ok) return err({ code: "input", input: read.error });
  // The default profile is built in (select.ts reads it the same way).
  const profile = options.profile ?? (findProfile(DEFAULT_PROFILE_ID) as Profile);
  // exceljs (the writer) loads on use only, as in the CLI's template and upgrade commands.
  const [{ upgradeWorkbook }, { workbookBytes }] = await Promise.all([
    import("../upgrade/upgrade.js"),
    import("../template/generate.js"),
  ]);
  const written = await upgradeWorkbook(plan.value.standard, read.value.ledger, profile, {
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    generator: options.generator ?? "union-ledger",
  });
  return ok({ map: plan.value.map, report: plan.value.report, bytes: await workbookBytes(written.workbook) });
}
