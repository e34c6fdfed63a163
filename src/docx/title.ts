import { AlignmentType, Paragraph, TextRun } from "docx";
import { xmlSafe } from "./blocks.js";
import { FONTS, SIZES, TEXT_WIDTH, font } from "./styles.js";
import { ems } from "./text-width.js";

/** How many ems of the title's 二号 (22 pt) a line of the text width holds: 20. */
const TITLE_LINE_EMS = Math.floor(TEXT_WIDTH / (SIZES.title * 10));

/** The suffixes a union's name ends with, longest first: where a name too long for one line is broken. */
const SUFFIXES = ["工会委员会", "联合工会", "工会"] as const;

/**
 * The title's lines (GB/T 9704 7.3.3: a title broken where the sense allows, never inside a word): the union's name,
 * then the rest ("2024年工作总结"). A name longer than a line is broken before its 工会/工会委员会. A title that does
 * not start with the name, or is only the name, stays one line.
 */
export function titleLines(title: string, unionName: string): string[] {
  const name = unionName.trim();
  const rest = title.slice(name.length);
  if (!name || !title.startsWith(name) || !rest) return [title];
  if (ems(name) <= TITLE_LINE_EMS) return [name, rest];
  const suffix = SUFFIXES.find((x) => name.endsWith(x) && name.length > x.length);
  return suffix ? [name.slice(0, -suffix.length), suffix, rest] : [name, rest];
}

/** The title: 方正小标宋 二号, centred, its lines as titleLines breaks them, a blank line's space before the body. */
export function titleParagraph(title: string, unionName: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: "exact", after: 560 },
    children: titleLines(title, unionName).map(
      (line, i) =>
        new TextRun({
          text: xmlSafe(line),
          font: font(FONTS.title),
          size: SIZES.title,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}
