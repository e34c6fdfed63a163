import {
  ShadingType,
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, Heading, Paragraph as ModelParagraph, Table as ModelTable } from "../report/model.js";
import { BODY_LINE, FIRST_LINE_INDENT, FONTS, HEADING_BOLD, SIZES, TEXT_WIDTH, font } from "./styles.js";
import { columnWidths } from "./table-widths.js";
import { HEADING_STYLE, PLACEHOLDER_FILL, PLACEHOLDER_STYLE } from "./paragraph-styles.js";

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

/** A 【请补充：…】 place (report/model.ts Placeholder), marked so it is not missed (paragraph-styles.ts). */
export function placeholderParagraph(text: string): Paragraph {
  return new Paragraph({
    style: PLACEHOLDER_STYLE,
    spacing: { line: BODY_LINE, lineRule: "exact" },
    indent: { firstLine: FIRST_LINE_INDENT },
    shading: { type: ShadingType.CLEAR, fill: PLACEHOLDER_FILL, color: "auto" },
    children: [new TextRun({ text: xmlSafe(text), font: font(FONTS.body), size: SIZES.body, highlight: "yellow" })],
  });
}

export function headingParagraph(text: string, level: 1 | Heading["level"]): Paragraph {
  return new Paragraph({
    style: HEADING_STYLE[level],
    spacing: { line: BODY_LINE, lineRule: "exact" },
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    children: [
      new TextRun({
        text: xmlSafe(text),
        font: font(level === 1 ? FONTS.heading1 : level === 2 ? FONTS.heading2 : FONTS.body),
        size: SIZES.heading,
        // 1. is body text set bold (GB/T 9704); 一、 and （一） bold as well, so they read as headings in any font.
        bold: level === 3 || HEADING_BOLD,
      }),
    ],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/** 五号 in twips, and the cell margins Word and LibreOffice use when a table sets none (0.19 cm each side). */
const TABLE_METRICS = { em: SIZES.table * 10, padding: 2 * 108, total: TEXT_WIDTH } as const;

/** A number's spaces ("45 / 1531") made non-breaking, so a line never breaks inside it. */
const unbroken = (text: string): string => text.replace(/ /gu, "\u00A0");

function cell(text: string, width: number, opts: { bold?: boolean; right?: boolean }): TableCell {
  return new TableCell({
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: xmlSafe(opts.right ? unbroken(text) : text),
            font: font(FONTS.table),
            size: SIZES.table,
            bold: opts.bold === true,
          }),
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
  // Widths from the content, fixed, so Word and LibreOffice lay the columns out alike (an automatic table in
  // LibreOffice gets equal columns).
  const widths = columnWidths(t, TABLE_METRICS);
  const at = (i: number): number => widths[i] ?? 0;
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.header.map((h, i) => cell(h, at(i), { bold: true, right: t.numeric.includes(i) })),
      }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(v, at(i), { right: t.numeric.includes(i) })),
          }),
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
