import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, Heading, Paragraph as ModelParagraph, Table as ModelTable } from "../report/model.js";
import { BODY_LINE, FIRST_LINE_INDENT, FONTS, SIZES, font } from "./styles.js";

/**
 * Text as XML 1.0 allows it: cell text may hold control characters (a clerk's paste) or a lone
 * surrogate, which no XML writer may emit; they are dropped, everything else is kept (docx
 * escapes `<`, `&` and quotes itself).
 */
export const xmlSafe = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu,
    "",
  );

/** Body paragraph: 仿宋 三号, first line indented two characters, 28-pt lines. */
export function bodyParagraph(p: ModelParagraph): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE, lineRule: "exact" },
    indent: { firstLine: FIRST_LINE_INDENT },
    alignment: AlignmentType.JUSTIFIED,
    // Text comes from the model; docx escapes it when it writes the XML.
    children: p.runs.map((r) => new TextRun({ text: xmlSafe(r.text), font: font(FONTS.body), size: SIZES.body })),
  });
}

export function headingParagraph(text: string, level: 1 | Heading["level"]): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE, lineRule: "exact" },
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    children: [
      new TextRun({
        text: xmlSafe(text),
        font: font(level === 1 ? FONTS.heading1 : level === 2 ? FONTS.heading2 : FONTS.body),
        size: SIZES.heading,
        bold: level === 3,
      }),
    ],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

function cell(text: string, opts: { bold?: boolean; right?: boolean }): TableCell {
  return new TableCell({
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({ text: xmlSafe(text), font: font(FONTS.table), size: SIZES.table, bold: opts.bold === true }),
        ],
      }),
    ],
  });
}

export function tableBlocks(t: ModelTable): (Paragraph | Table)[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text: t.caption, font: font(FONTS.heading1), size: SIZES.caption })],
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.header.map((h, i) => cell(h, { bold: true, right: t.numeric.includes(i) })),
      }),
      ...t.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { right: t.numeric.includes(i) })) }),
      ),
    ],
  });
  return [caption, table];
}

/** Renders a chart into what a paragraph holds: a native chart or a picture. */
export interface ChartRenderer {
  render(chart: Extract<Block, { kind: "chart" }>["chart"]): Promise<ParagraphChild>;
}

export async function chartBlocks(b: Extract<Block, { kind: "chart" }>, renderer: ChartRenderer): Promise<Paragraph[]> {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [await renderer.render(b.chart)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: `图：${b.chart.title}`, font: font(FONTS.body), size: SIZES.table })],
    }),
  ];
}
