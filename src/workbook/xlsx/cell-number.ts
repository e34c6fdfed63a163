import { integerAt } from "./cell-ref.js";
import { decodeEntities } from "./xml-text.js";

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number `<v>` holds at [start, end) of a part's text, as exceljs reads it (parseFloat), without
 * cutting the text out. Plain decimals of up to 15 digits, what spreadsheets write for money and
 * counts, take Clinger's fast path: the digits as an exact integer divided by an exact power of ten,
 * which IEEE 754 division rounds correctly, so the result is parseFloat's. Anything else (an
 * exponent, more digits, spaces) goes to parseFloat itself.
 */
export function numberAt(xml: string, start: number, end: number, raw: boolean): number {
  let i = start;
  const negative = xml.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 0x2e && decimals < 0) decimals = 0;
    else return parseFloat(textAt(xml, start, end, raw));
  }
  if (digits === 0 || digits > 15) return parseFloat(textAt(xml, start, end, raw));
  const v = decimals > 0 ? m / (POW10[decimals] as number) : m;
  return negative ? -v : v;
}

/** A shared-string index at [start, end), as exceljs reads it (parseInt). */
export function indexAt(xml: string, start: number, end: number, raw: boolean): number {
  const n = integerAt(xml, start, end);
  return n >= 0 ? n : parseInt(textAt(xml, start, end, raw), 10);
}

/** The text at [start, end), references replaced when it is still `raw` XML. */
export const textAt = (xml: string, start: number, end: number, raw: boolean): string => (raw ? decodeEntities(xml.slice(start, end)) : xml.slice(start, end));
