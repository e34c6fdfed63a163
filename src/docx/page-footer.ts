import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from "docx";
import { FONTS, SIZES } from "./styles.js";

/** 宋体 for the digits too: GB/T 9704 7.5 sets page numbers in 半角宋体. */
const SONG = { ascii: FONTS.table, hAnsi: FONTS.table, eastAsia: FONTS.table, cs: FONTS.table } as const;

/**
 * The page number under the text (GB/T 9704 7.5): "— 1 —", 四号, an em dash each side of a PAGE field, so Word and
 * LibreOffice number the pages as they lay them out. Centred: a summary is mostly printed on one side, where
 * numbers on the outer side (GB/T 9704's choice for two-sided printing) would sit left on every other page.
 */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: SONG, size: SIZES.pageNumber })],
      }),
    ],
  });
}
