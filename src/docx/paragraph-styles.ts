import { ShadingType, type IParagraphStyleOptions } from "docx";
import { BODY_LINE, FIRST_LINE_INDENT, FONTS, HEADING_BOLD, SIZES, font } from "./styles.js";

/**
 * The headings as paragraph styles of their own (ids that no Word template has, so inserting a report into another
 * document copies our definitions instead of taking that document's 标题 1): Word's navigation pane lists them by
 * their outline level, and LibreOffice (7.4), which drops the direct formatting of a content control's first
 * paragraph, still sets a section's heading in its style. The runs carry the same formatting directly as well.
 */
export const HEADING_STYLE = { 1: "UnionLedgerHeading1", 2: "UnionLedgerHeading2", 3: "UnionLedgerHeading3" } as const;

const heading = (level: 1 | 2 | 3, name: string, eastAsia: string): IParagraphStyleOptions => ({
  id: HEADING_STYLE[level],
  name,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font: font(eastAsia), size: SIZES.heading, bold: level === 3 || HEADING_BOLD },
  paragraph: {
    spacing: { line: BODY_LINE, lineRule: "exact" },
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    outlineLevel: level - 1,
  },
});

/**
 * A 【请补充】 place: body text on a yellow ground. The ground is paragraph shading in the style (which
 * LibreOffice keeps for a control's first paragraph, where it drops direct formatting) and the run is
 * highlighted too (what Word shows as 突出显示, and what a chairman removes with one click).
 */
export const PLACEHOLDER_STYLE = "UnionLedgerPlaceholder";
export const PLACEHOLDER_FILL = "FFF2CC";

export const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  heading(1, "总结 一级标题", FONTS.heading1),
  heading(2, "总结 二级标题", FONTS.heading2),
  heading(3, "总结 三级标题", FONTS.body),
  {
    id: PLACEHOLDER_STYLE,
    name: "总结 待补充",
    basedOn: "Normal",
    next: "Normal",
    run: { font: font(FONTS.body), size: SIZES.body },
    paragraph: {
      spacing: { line: BODY_LINE, lineRule: "exact" },
      indent: { firstLine: FIRST_LINE_INDENT },
      shading: { type: ShadingType.CLEAR, fill: PLACEHOLDER_FILL, color: "auto" },
    },
  },
];
