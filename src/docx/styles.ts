/**
 * The 公文 look (GB/T 9704-2012): A4; title in 方正小标宋 二号; body 仿宋 三号 with 28-point lines;
 * level-1 headings 黑体, level-2 楷体. Where a font is missing, Word and LibreOffice substitute a
 * CJK font of the same kind (宋/黑/楷).
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
export const SIZES = { title: 44, body: 32, heading: 32, table: 21, caption: 24, notice: 28 } as const;

/** A4 in twips, margins 37/35/28/26 mm (GB/T 9704). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
} as const;

/** Fixed line spacing of 28 pt (560 twips) and a first-line indent of two characters. */
export const BODY_LINE = 560;
export const FIRST_LINE_INDENT = 640;

export const font = (eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  eastAsia,
  cs: FONTS.latin,
});
