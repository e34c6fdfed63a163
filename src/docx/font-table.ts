import { FONTS } from "./styles.js";

/**
 * `word/fontTable.xml` with an entry for each East Asian font the report names. Word's w:rFonts takes one name per
 * script, so where a machine lacks the 公文 fonts (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体 are not part of Windows;
 * none of them is on a Linux or Mac) the font table is what says what to use instead: `w:altName` holds the
 * alternatives, a comma-delimited list (ECMA-376 §17.8.3.1), and panose, charset 86 (GB2312) and family tell Word and
 * WPS a font of the same kind when none of the list is there either. LibreOffice (7.4) reads neither and falls back to
 * one CJK font for everything: that is why headings are also bold (styles.ts HEADING_BOLD).
 */
interface FontEntry {
  readonly name: string;
  readonly altNames: readonly string[];
  /** PANOSE-1 of the font the name stands for, 10 bytes in hex. */
  readonly panose: string;
  readonly family: "roman" | "swiss" | "modern" | "script";
  readonly pitch: "fixed" | "variable";
}

const ENTRIES: readonly FontEntry[] = [
  {
    name: FONTS.title,
    altNames: [
      "方正小标宋_GBK",
      "华文中宋",
      "STZhongsong",
      "宋体",
      "SimSun",
      "Noto Serif CJK SC",
      "Source Han Serif SC",
    ],
    panose: "02000000000000000000",
    family: "roman",
    pitch: "variable",
  },
  {
    name: FONTS.heading1,
    altNames: ["SimHei", "方正黑体_GBK", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"],
    panose: "02010609060101010101",
    family: "modern",
    pitch: "fixed",
  },
  {
    name: FONTS.heading2,
    altNames: ["楷体", "KaiTi", "方正楷体_GBK", "华文楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC"],
    panose: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
  },
  {
    name: FONTS.body,
    altNames: [
      "仿宋",
      "FangSong",
      "方正仿宋_GBK",
      "华文仿宋",
      "STFangsong",
      "Noto Serif CJK SC",
      "Source Han Serif SC",
    ],
    panose: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
  },
  {
    name: FONTS.table,
    altNames: ["SimSun", "NSimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN"],
    panose: "02010600030101010101",
    family: "roman",
    pitch: "variable",
  },
];

/** The names are ours (no `<`, `&` or quotes); escaped all the same, as a font name is text. */
const attr = (v: string): string =>
  v.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

const entryXml = (f: FontEntry): string =>
  `<w:font w:name="${attr(f.name)}"><w:altName w:val="${attr(f.altNames.join(","))}"/>` +
  `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/>` +
  `<w:pitch w:val="${f.pitch}"/></w:font>`;

/** The whole part, replacing the empty one docx writes (Packer's overrides). */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  ENTRIES.map(entryXml).join("") +
  "</w:fonts>";

export const FONT_TABLE_PATH = "word/fontTable.xml";
