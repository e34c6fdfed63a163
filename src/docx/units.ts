import { Paragraph, type Table } from "docx";
import { chartTag, sectionTag, textOf, type Report, type Section } from "../report/model.js";
import { bodyParagraph, chartBlocks, headingParagraph, tableBlocks, type ChartRenderer } from "./blocks.js";
import type { ControlSpec } from "./content-control.js";

export type Child = Paragraph | Table;

/**
 * What one tagged content control holds. The whole report is its units in order (plus the title and
 * page breaks between them); the Word pane replaces one unit at a time by its tag.
 */
export interface Unit extends ControlSpec {
  readonly children: readonly Child[];
}

/** A section's own control: heading, paragraphs and tables (charts get controls of their own). */
function sectionText(s: Section): string {
  const parts: string[] = [s.title];
  for (const b of s.blocks) {
    if (b.kind === "paragraph") parts.push(textOf(b));
    else if (b.kind === "heading") parts.push(b.text);
    else if (b.kind === "table") parts.push(b.caption, ...b.header, ...b.rows.flat());
  }
  return parts.join("\n");
}

async function sectionUnits(s: Section, charts: ChartRenderer, newPage: boolean): Promise<Unit[]> {
  // An appendix starts on a new page. The break is inside its control, so removing the control on a
  // refresh leaves no stray page break behind.
  const own: Child[] = newPage ? [new Paragraph({ pageBreakBefore: true, children: [] })] : [];
  if (s.title) own.push(headingParagraph(s.title, 1));
  const after: Unit[] = [];
  for (const b of s.blocks) {
    if (b.kind === "paragraph") own.push(bodyParagraph(b));
    else if (b.kind === "heading") own.push(headingParagraph(b.text, b.level));
    else if (b.kind === "table") own.push(...tableBlocks(b));
    // Each chart in its own control after the section's, so refreshing text never drops a chart.
    else after.push({ tag: chartTag(b.chart.id), title: b.chart.title, children: await chartBlocks(b, charts) });
  }
  return [{ tag: sectionTag(s.id), title: s.title || "开头", children: own }, ...after];
}

/** Tag and text of every text control (not charts), without drawing anything: for the link's hashes. */
export function controlTexts(report: Report): { tag: string; text: string }[] {
  const out = report.notice ? [{ tag: sectionTag("notice"), text: textOf(report.notice) }] : [];
  for (const s of [...report.sections, ...report.appendices]) out.push({ tag: sectionTag(s.id), text: sectionText(s) });
  return out;
}

/** The report's controls in document order: notice, sections with their charts, appendices. */
export async function reportUnits(report: Report, charts: ChartRenderer): Promise<Unit[]> {
  const units: Unit[] = [];
  if (report.notice)
    units.push({ tag: sectionTag("notice"), title: "数据说明", children: [bodyParagraph(report.notice)] });
  for (const s of report.sections) units.push(...(await sectionUnits(s, charts, false)));
  for (const s of report.appendices) units.push(...(await sectionUnits(s, charts, true)));
  return units;
}
