import { XlsxError } from "./xlsx-error.js";

/**
 * Character data as XML 1.0 defines it (W3C XML 1.0, §2.2 Char, §4.1 character references, §4.6
 * the five predefined entities). SpreadsheetML parts declare no other entities, so any other
 * `&name;` is an error, as it is for the SAX parser exceljs uses: a damaged part is refused, never
 * half-read. Document type declarations are not expanded (no entity expansion, no "billion laughs").
 */

// Characters XML 1.0 forbids anywhere in a document (§2.2); Excel escapes them as _xHHHH_.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** The position of the first character XML forbids, or -1. One native scan per part. */
export function forbiddenCharAt(xml: string): number {
  const m = FORBIDDEN.exec(xml);
  return m ? m.index : -1;
}

const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** The text a reference (between "&" and ";") stands for. */
function referenced(raw: string, from: number, to: number): string {
  const ref = raw.slice(from, to);
  switch (ref) {
    case "quot":
      return '"';
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "apos":
      return "'";
  }
  const cp = /^#x[0-9a-fA-F]{1,8}$/u.test(ref)
    ? parseInt(ref.slice(2), 16)
    : /^#[0-9]{1,10}$/u.test(ref)
      ? parseInt(ref.slice(1), 10)
      : -1;
  if (!isXmlChar(cp)) throw new XlsxError(`无法识别的字符引用“&${ref.slice(0, 12)};”`);
  return String.fromCodePoint(cp);
}

const LINE_END = /\r\n?/gu;

/**
 * Line ends as an XML parser hands them on (§2.11): "\r\n" and a lone "\r" become "\n" before
 * anything else is read, so "\r" stays only where a character reference (&#13;) puts it.
 */
export const normalizeLineEnds = (raw: string): string => (raw.indexOf("\r") < 0 ? raw : raw.replace(LINE_END, "\n"));

/**
 * Replaces entity and character references, after normalizing line ends; throws XlsxError on an
 * unknown or malformed reference.
 */
export function decodeEntities(text: string): string {
  const raw = normalizeLineEnds(text);
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    let semi = amp + 1;
    while (semi < raw.length && semi - amp <= 12 && raw.charCodeAt(semi) !== 0x3b) semi++;
    // A bare "&" is not well-formed (§2.4); references are short (allowing a few leading zeros).
    if (raw.charCodeAt(semi) !== 0x3b) throw new XlsxError("文本中有未转义的“&”");
    out += raw.slice(from, amp) + referenced(raw, amp + 1, semi);
    from = semi + 1;
    amp = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

// ECMA-376 Part 1, §22.9.2.19 ST_Xstring: a character XML cannot hold is written as _xHHHH_ (and a
// literal "_x" that would read as one is written with its underscore escaped, _x005F_). exceljs
// decodes upper-case hex digits only, as Excel writes them; so do we.
const XSTRING_ESCAPE = /_x([0-9A-F]{4})_/gu;

/** Undoes the _xHHHH_ escapes of a spreadsheet string. */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
