/**
 * Which number formats make a number a date, exactly as exceljs 4.4 decides it (so the readers see
 * the same cells whichever loaded the file): the built-in formats exceljs knows by id (ECMA-376
 * Part 1, §18.8.30 numFmt lists ids 0–49; 14–22 are dates and times, 45–47 times) and, for a
 * format written in styles.xml, the letters y m d h s (and M, b) outside "quoted text" and
 * [brackets], after backslash escapes are undone (exceljs' NumFmtXform and utils.isDateFmt).
 *
 * One departure: the locale-dependent built-ins 27–36 and 50–58 are dates and times in every East
 * Asian locale (zh-CN 27 is yyyy"年"m"月", 31 yyyy"年"m"月"d"日"…), which is how Excel shows them to a
 * Chinese clerk and what the Excel pane is told (Office.js gives the format text). exceljs does not
 * know them and read such dates as plain numbers; we read them as dates, so the CLI and the pane agree.
 */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A formatCode as styles.xml stores it → whether it shows a date or time. */
export function isDateFormatCode(formatCode: string): boolean {
  const unescaped = formatCode.replace(/\\(.)/gu, "$1");
  const tokens = unescaped.replace(/\[[^\]]*\]/gu, "").replace(/"[^"]*"/gu, "");
  return /[ymdhMsb]/u.test(tokens);
}

/**
 * Whether a cell format's numFmtId shows dates, given the workbook's own formats (which take
 * precedence over the built-ins for the same id).
 */
export function isDateFormatId(numFmtId: number, custom: ReadonlyMap<number, string>): boolean {
  if (!numFmtId) return false; // 0 is General, and exceljs ignores a missing id
  const code = custom.get(numFmtId) || BUILTIN_FORMATS[numFmtId];
  if (code === undefined) return (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58);
  return isDateFormatCode(code);
}
