import type { Finding } from "../findings/finding.js";
import { sortFindings } from "../findings/finding.js";
import type { FindingTally } from "../findings/tally.js";
import { READ_SHEETS } from "../layout/template-layout.js";
import type { Profile } from "../profiles/profile.js";
import { selectProfile } from "../profiles/select.js";
import { rosterIndex } from "../domain/membership.js";
import { runRules } from "../rules/index.js";
import { computeTotals } from "../totals/compute.js";
import { figureAt } from "../totals/paths.js";
import type { Totals } from "../totals/totals.js";
import { ok, type Result } from "../result.js";
import type { InputError } from "../workbook/input-error.js";
import type { Ledger } from "../workbook/ledger.js";
import { loadWorkbookSource, loadWorkbookSourceAsync } from "../workbook/load.js";
import { readLedger } from "../workbook/read-ledger.js";
import type { WorkbookSource } from "../workbook/source/source.js";
import type { XlsxReadOptions } from "../workbook/xlsx/open-xlsx.js";

export interface Analysis {
  readonly ledger: Ledger;
  readonly profile: Profile;
  /** The findings kept (at most MAX_KEPT_PER_CODE of each code), most serious first. */
  readonly findings: readonly Finding[];
  /** All findings counted, the ones not kept too: what counts and exit codes rest on. */
  readonly tally: FindingTally;
  readonly totals: Totals;
}

/**
 * The steps of an analysis, in order, for a progress display: "read" (a file's bytes, by whoever reads files), "open"
 * (the workbook package: zip, XML, limits), "check" (the rules and the totals).
 */
export type AnalysisStage = "read" | "open" | "check";

export interface AnalyzeOptions {
  /** An upper union's profile; overrides the one named in the workbook. */
  readonly profile?: Profile;
  /** Told as each stage starts (the CLI's progress line); the stages are synchronous, so a browser shows them only between awaits. */
  readonly onStage?: (stage: AnalysisStage) => void;
}

/**
 * A workbook, from whichever source (the .xlsx reader, Office.js values in the Excel pane) → findings and
 * totals. Never throws on bad data: it becomes findings.
 */
export function analyzeWorkbook(wb: WorkbookSource, options: AnalyzeOptions = {}): Result<Analysis, InputError> {
  const read = readLedger(wb);
  if (!read.ok) return read;
  const { ledger, sink } = read.value;
  const profile = selectProfile(ledger, sink, options.profile);
  const roster = rosterIndex(ledger.members.rows);
  const totals = computeTotals(ledger, profile, roster);
  runRules(ledger, profile, sink, roster, (key) => figureAt(totals, key));
  return ok({ ledger, profile, totals, findings: sortFindings(sink.items, READ_SHEETS), tally: sink.tally() });
}

/**
 * Bytes of an .xlsx → findings and totals; an unusable file is an input error (exit code 2). Read
 * by src/workbook/xlsx (exceljs is for writing only). With `inflateAsync` (the web's DecompressionStream, as the
 * pane's worker passes it) the parts are inflated ahead by the platform; what is read stays the same.
 */
export async function analyzeBytes(
  bytes: Uint8Array,
  options: AnalyzeOptions & XlsxReadOptions = {},
): Promise<Result<Analysis, InputError>> {
  const { profile, onStage, ...read } = options;
  onStage?.("open");
  const loaded = read.inflateAsync ? await loadWorkbookSourceAsync(bytes, read) : loadWorkbookSource(bytes, read);
  if (!loaded.ok) return loaded;
  onStage?.("check");
  return analyzeWorkbook(loaded.value, profile ? { profile } : {});
}
