/**
 * Whether an Excel number format shows a date (ECMA-376 Part 1, §18.8.30 numFmt): the format's
 * date/time tokens (y, m, d, h, s, and the CJK 年月日) outside quoted text, `\`-escaped characters
 * and `[...]` sections (colours, conditions, locales — `[$-804]` is not a date by itself). Elapsed
 * times such as `[h]:mm` count: Excel stores them as day fractions too. Used where a program hands us
 * plain numbers plus the cell's format (Office.js `values` + `numberFormat`).
 */
export function isDateNumberFormat(format: string): boolean {
  if (format === "" || /^general$/iu.test(format)) return false;
  // Only the first section (positive numbers) decides how a date shows.
  const first = stripLiterals(format).split(";")[0] ?? "";
  return /[ymdhs年月日]/iu.test(first) || /\[[hms]+\]/iu.test(format);
}

function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/gu, "")
    .replace(/\\./gu, "")
    .replace(/\[[^\]]*\]/gu, "")
    // "_x" (space as wide as x) and "*x" (repeat x) name a character, not a token.
    .replace(/[_*]./gu, "");
}
