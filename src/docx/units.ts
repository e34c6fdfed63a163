import { Paragraph, type Table } from "docx";
import {
  chartTag,
  continuationTag,
  fillTag,
  placeholderText,
  sectionTag,
  textOf,
  type Block,
  type Report,
  type Section,
  type Signature,
} from "../report/model.js";
import {
  bodyParagraph,
  chartBlocks,
  headingParagraph,
  placeholderParagraph,
  tableBlocks,
  type ChartRenderer,
} from "./blocks.js";
import type { ControlSpec } from "./content-control.js";
import { signatureParagraphs } from "./signature.js";

export type Child = Paragraph | Table;

/**
 * What one tagged content control holds. The whole report is its units in order (plus the title and
 * page breaks between them); the Word pane replaces one unit at a time by its tag.
 */
export interface Unit extends ControlSpec {
  readonly children: readonly Child[];
}

/**
 * A section's controls in order: its text (heading, paragraphs, tables) split at each placeholder into
 * parts, each placeholder a control of its own between them, and the charts after the text part they
 * follow (each in its own control, so refreshing text never drops a chart).
 */
interface Part {
  readonly tag: string;
  readonly title: string;
  readonly kind: "text" | "fill" | "chart";
  readonly blocks: readonly Block[];
}

function partsOf(s: Section): Part[] {
  const parts: Part[] = [];
  let text: Block[] = [];
  let charts: Part[] = [];
  let tag = sectionTag(s.id);
  let title = s.title || "开头";
  const close = (): void => {
    if (text.length > 0 || parts.length === 0) parts.push({ tag, title, kind: "text", blocks: text });
    parts.push(...charts);
    [text, charts] = [[], []];
  };
  for (const b of s.blocks) {
    if (b.kind === "chart")
      charts.push({ tag: chartTag(b.chart.id), title: b.chart.title, kind: "chart", blocks: [b] });
    else if (b.kind === "placeholder") {
      close();
      parts.push({ tag: fillTag(b.id), title: `待补充：${b.title}`, kind: "fill", blocks: [b] });
      [tag, title] = [continuationTag(s.id, b.id), `${s.title || "开头"}（续）`];
    } else text.push(b);
  }
  close();
  return parts;
}

function blockText(b: Block): string[] {
  switch (b.kind) {
    case "paragraph":
      return [textOf(b)];
    case "heading":
      return [b.text];
    case "table":
      return [b.caption, ...b.header, ...b.rows.flat()];
    case "placeholder":
      return [placeholderText(b)];
    case "chart":
      return [];
  }
}

/** A text or fill control's text, as the link's hash is computed over it. */
const partText = (p: Part, sectionTitle: string, first: boolean): string =>
  [...(first && sectionTitle ? [sectionTitle] : []), ...p.blocks.flatMap(blockText)].join("\n");

async function sectionUnits(s: Section, charts: ChartRenderer, newPage: boolean): Promise<Unit[]> {
  const units: Unit[] = [];
  let first = true;
  for (const part of partsOf(s)) {
    if (part.kind === "chart") {
      const b = part.blocks[0];
      if (b?.kind === "chart") units.push({ tag: part.tag, title: part.title, children: await chartBlocks(b, charts) });
      continue;
    }
    // An appendix starts on a new page. The break is inside its control, so removing the control on a
    // refresh leaves no stray page break behind.
    const own: Child[] = first && newPage ? [new Paragraph({ pageBreakBefore: true, children: [] })] : [];
    if (first && s.title) own.push(headingParagraph(s.title, 1));
    for (const b of part.blocks) {
      if (b.kind === "paragraph") own.push(bodyParagraph(b));
      else if (b.kind === "heading") own.push(headingParagraph(b.text, b.level));
      else if (b.kind === "table") own.push(...tableBlocks(b));
      else if (b.kind === "placeholder") own.push(placeholderParagraph(placeholderText(b)));
    }
    first = false;
    units.push({ tag: part.tag, title: part.title, children: own });
  }
  return units;
}

/** The text controls of a section (not charts) with their text. */
function sectionTexts(s: Section): { tag: string; text: string }[] {
  let first = true;
  return partsOf(s).flatMap((p) => {
    if (p.kind === "chart") return [];
    const text = partText(p, s.title, first);
    first = false;
    return [{ tag: p.tag, text }];
  });
}

/**
 * The 落款's control, between the last section and the appendices: a control of its own, so a refresh updates the
 * name and date (or keeps the chairman's own) without touching the sections, and a report from before it gets one.
 */
const SIGNATURE_TAG = sectionTag("signature");
const signatureText = (s: Signature): string => [s.name, s.date].join("\n");

/** Tag and text of every text control (not charts), without drawing anything: for the link's hashes. */
export function controlTexts(report: Report): { tag: string; text: string }[] {
  const out = report.notice ? [{ tag: sectionTag("notice"), text: textOf(report.notice) }] : [];
  for (const s of report.sections) out.push(...sectionTexts(s));
  if (report.signature) out.push({ tag: SIGNATURE_TAG, text: signatureText(report.signature) });
  for (const s of report.appendices) out.push(...sectionTexts(s));
  return out;
}

/** The report's controls in document order: notice, sections with their charts, 落款, appendices. */
export async function reportUnits(report: Report, charts: ChartRenderer): Promise<Unit[]> {
  const units: Unit[] = [];
  if (report.notice)
    units.push({ tag: sectionTag("notice"), title: "数据说明", children: [bodyParagraph(report.notice)] });
  for (const s of report.sections) units.push(...(await sectionUnits(s, charts, false)));
  if (report.signature)
    units.push({ tag: SIGNATURE_TAG, title: "落款", children: signatureParagraphs(report.signature) });
  for (const s of report.appendices) units.push(...(await sectionUnits(s, charts, true)));
  return units;
}
