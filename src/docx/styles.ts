/**
 * The 公文 look (GB/T 9704-2012): A4; title in 方正小标宋 二号; body 仿宋 三号 with 28-point lines;
 * level-1 headings 黑体, level-2 楷体; page numbers 宋体 四号. Where a font is missing, the font table
 * (font-table.ts) names what Word and WPS use instead; LibreOffice substitutes one CJK font for all.
 */
export const FONTS = {
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  body: "仿宋_GB2312",
  table: "宋体",
  latin: "Times New Roman",
} as const;

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
export const SIZES = { title: 44, body: 32, heading: 32, table: 21, caption: 24, notice: 28, pageNumber: 28 } as const;

/**
 * Headings bold at every level. GB/T 9704 sets 一、 in 黑体 and （一） in 楷体, not bold; but where those fonts are
 * missing (LibreOffice ignores the font table's alternatives and draws everything in one CJK font) a heading would
 * look like body text. Bold reads as a heading in any font, and 黑体/楷体 set bold are common in units' documents.
 */
export const HEADING_BOLD = true;

/**
 * A4 in twips, margins 37/35/28/26 mm (GB/T 9704); the footer's baseline 22 mm above the page's edge, so the page
 * number sits about 7 mm under the text block as GB/T 9704 7.5 has it.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1247 },
} as const;

/** The text width: A4 less the left and right margins (156 mm). */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Fixed line spacing of 28 pt (560 twips) and a first-line indent of two characters. */
export const BODY_LINE = 560;
export const FIRST_LINE_INDENT = 640;

export const font = (eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  eastAsia,
  cs: FONTS.latin,
});
