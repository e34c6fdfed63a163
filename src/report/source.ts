import type { Analysis } from "../analysis/analyze.js";
import type { SourceRecord } from "./model.js";

/** A workbook as the report names it: its file name, the SHA-256 of its bytes, and what was found in it. */
export interface AnalyzedWorkbook {
  readonly fileName: string;
  readonly sha256: string;
  readonly analysis: Analysis;
}

/**
 * The source record a report carries (and the Word add-in reads back to refresh it): the CLI, the add-in's panes and
 * library users all describe a workbook the same way. `now` is the generation time (tests pass a fixed clock).
 */
export function reportSource(w: AnalyzedWorkbook, now: Date = new Date()): SourceRecord {
  return {
    fileName: w.fileName,
    sha256: w.sha256,
    templateVersion: w.analysis.ledger.template?.version ?? null,
    generatedAt: now.toISOString(),
    profileId: w.analysis.profile.id,
  };
}
