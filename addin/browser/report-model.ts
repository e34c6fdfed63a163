import {
  buildReport,
  localIsoDate,
  placeholderText,
  reportSource,
  textOf,
  type AnalyzedWorkbook,
  type Report,
} from "union-ledger";

/**
 * The report model for a workbook (empty name and hash in the Excel pane, which has no file); the same builder as the
 * CLI's `report`. `acknowledgement`: the clerk's reason for writing it while the ledger has errors, quoted in page 1's
 * notice (the Word insert and refresh and the standalone download pass it, so the document says it where it is read).
 */
export function reportOf(s: AnalyzedWorkbook, now = new Date(), acknowledgement?: string): Promise<Report> {
  // The 落款 is dated by the 填报日期, else by the day `now` falls on where the pane runs.
  const today = localIsoDate(now);
  return buildReport(s.analysis, {
    source: reportSource(s, now),
    ...(today ? { today } : {}),
    ...(acknowledgement ? { acknowledgement } : {}),
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
      else if (b.kind === "placeholder") lines.push(placeholderText(b));
    }
    // The 落款 after the last section, before the appendices, as in the document.
    if (s === report.sections.at(-1) && report.signature)
      lines.push([report.signature.name, report.signature.date].filter(Boolean).join("\n"));
  }
  return lines.join("\n\n");
}
