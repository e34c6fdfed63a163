import { integerAt } from "./cell-ref.js";
import { XlsxError } from "./xlsx-error.js";
import { decodeEntities } from "./xml-text.js";

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
// xsd:double as Excel writes it (ECMA-376 Part 1, §18.3.1.96 v; XML Schema 2, §3.2.5), leading and
// trailing whitespace collapsed; INF and NaN are not amounts any spreadsheet stores.
const DOUBLE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/u;
const INTEGER = /^\d+$/u;
const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/gu;

const damaged = (what: string, text: string): never => {
  throw new XlsxError(`${what}“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”无效`);
};

/**
 * The number `<v>` holds at [start, end) of a part's text, without cutting the text out. Plain
 * decimals of up to 15 digits, what spreadsheets write for money and counts, take Clinger's fast
 * path: the digits as an exact integer divided by an exact power of ten, which IEEE 754 division
 * rounds correctly, so the result is parseFloat's. Anything else must be a whole xsd:double (an
 * exponent, more digits, spaces around): `731abc` or `2444.0` followed by a byte that is not UTF-8
 * is damage, never the number its first characters make (parseFloat's reading).
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
    else return strictNumber(textAt(xml, start, end, raw));
  }
  if (digits === 0 || digits > 15) return strictNumber(textAt(xml, start, end, raw));
  const v = decimals > 0 ? m / (POW10[decimals] as number) : m;
  return negative ? -v : v;
}

function strictNumber(text: string): number {
  const t = text.replace(XML_SPACE, "");
  return DOUBLE.test(t) ? Number(t) : damaged("数值", text);
}

/** A shared-string index at [start, end): a whole non-negative integer, or damage. */
export function indexAt(xml: string, start: number, end: number, raw: boolean): number {
  const n = integerAt(xml, start, end);
  if (n >= 0) return n;
  const text = textAt(xml, start, end, raw);
  const t = text.replace(XML_SPACE, "");
  return INTEGER.test(t) ? Number(t) : damaged("共享字符串序号", text);
}

/** A boolean `<v>` (xsd:boolean): 0, 1, false, true, or damage. */
export function booleanOf(text: string): boolean {
  const t = text.replace(XML_SPACE, "");
  if (t === "1" || t === "true") return true;
  if (t === "0" || t === "false") return false;
  return damaged("逻辑值", text);
}

/** The text at [start, end), references replaced when it is still `raw` XML. */
export const textAt = (xml: string, start: number, end: number, raw: boolean): string =>
  raw ? decodeEntities(xml.slice(start, end)) : xml.slice(start, end);
