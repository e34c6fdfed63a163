import { AlignmentType, Paragraph, TextRun } from "docx";
import type { Signature } from "../report/model.js";
import { xmlSafe } from "./blocks.js";
import { BODY_LINE, FONTS, SIZES, font } from "./styles.js";
import { spacedEms } from "./text-width.js";

/** One em of the body's 三号 (16 pt) in twips. */
const EM = SIZES.body * 10;

/**
 * Right indents, in ems, of the union's name and the date (GB/T 9704 7.3.5.3, a document without a seal): the name
 * two ems from the right, the date on the next line starting two ems to the right of the name's start; a date longer
 * than that allows keeps two ems to the right and the name moves left instead.
 */
export function signatureIndents(name: string, date: string): { name: number; date: number } {
  if (!name) return { name: 0, date: 2 };
  if (!date) return { name: 2, date: 0 };
  const [n, d] = [spacedEms(name), spacedEms(date)];
  const dateIndent = Math.max(2, n - d);
  return { name: dateIndent + d + 2 - n, date: dateIndent };
}

const line = (text: string, indentEms: number, first: boolean): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    // A blank line between the body and the 落款; the two lines kept on one page.
    spacing: { line: BODY_LINE, lineRule: "exact", ...(first ? { before: BODY_LINE } : {}) },
    indent: { right: Math.round(indentEms * EM) },
    keepNext: first,
    keepLines: true,
    children: [new TextRun({ text: xmlSafe(text), font: font(FONTS.body), size: SIZES.body })],
  });

/** 落款: the union's name over the date, right-aligned, under the body. */
export function signatureParagraphs(s: Signature): Paragraph[] {
  const indents = signatureIndents(s.name, s.date);
  const lines = [
    [s.name, indents.name],
    [s.date, indents.date],
  ] as const;
  return lines.filter(([text]) => text !== "").map(([text, indent], i) => line(text, indent, i === 0));
}
