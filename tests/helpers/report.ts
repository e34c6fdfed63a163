import type { Analysis } from "../../src/analysis/analyze.js";
import type { Figure, Inline, Paragraph, Report } from "../../src/report/model.js";
import { buildReport } from "../../src/narrative/build.js";
import type { Totals } from "../../src/totals/totals.js";

export const TEST_SOURCE = {
  fileName: "test.xlsx",
  sha256: "0".repeat(64),
  templateVersion: "1.0.0",
  generatedAt: "2025-01-10T00:00:00.000Z",
  profileId: "default",
} as const;

export const reportOf = (a: Analysis, prior?: Totals): Report =>
  buildReport(a, prior ? { source: TEST_SOURCE, prior } : { source: TEST_SOURCE });

/** Every paragraph of the report: notice, sections, appendices. */
export function paragraphs(r: Report): Paragraph[] {
  const all = [...r.sections, ...r.appendices].flatMap((s) =>
    s.blocks.filter((b): b is Paragraph => b.kind === "paragraph"),
  );
  return r.notice ? [r.notice, ...all] : all;
}

export const figuresOf = (r: Report): Figure[] =>
  paragraphs(r).flatMap((p) => p.runs.filter((x: Inline): x is Figure => x.kind === "figure"));

export const plain = (p: Paragraph): string => p.runs.map((x) => x.text).join("");

/** The text of one section by id, paragraphs joined by newlines. */
export function sectionText(r: Report, id: string): string {
  const s = r.sections.find((x) => x.id === id);
  return s
    ? s.blocks
        .filter((b): b is Paragraph => b.kind === "paragraph")
        .map(plain)
        .join("\n")
    : "";
}
