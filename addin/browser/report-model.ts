import { buildReport } from "../../src/narrative/build.js";
import { textOf, type Report } from "../../src/report/model.js";
import type { LoadedWorkbook } from "./workbook-file.js";

/** What a report is made from: the analysis and the file it came from (none in the Excel pane). */
export type ReportSource = Pick<LoadedWorkbook, "fileName" | "sha256" | "analysis">;

/** The report model for a workbook; the same builder as the CLI's `report`. */
export function reportOf(s: ReportSource, now = new Date()): Report {
  return buildReport(s.analysis, {
    source: {
      fileName: s.fileName,
      sha256: s.sha256,
      templateVersion: s.analysis.ledger.template?.version ?? null,
      generatedAt: now.toISOString(),
      profileId: s.analysis.profile.id,
    },
  });
}

/** The report as plain text, paragraphs separated by blank lines: what "copy" puts on the clipboard. */
export function reportText(report: Report): string {
  const lines: string[] = [report.title];
  if (report.notice) lines.push(textOf(report.notice));
  for (const s of [...report.sections, ...report.appendices]) {
    if (s.title) lines.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === "paragraph") lines.push(textOf(b));
      else if (b.kind === "heading") lines.push(b.text);
      else if (b.kind === "table") lines.push(b.caption, [b.header, ...b.rows].map((r) => r.join("\t")).join("\n"));
    }
  }
  return lines.join("\n\n");
}
