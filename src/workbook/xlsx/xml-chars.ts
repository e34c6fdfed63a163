/** Character codes and small scans shared by the XML scanner (src/workbook/xlsx/xml-scanner.ts). */
export const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, BANG = 0x21, QUESTION = 0x3f, COLON = 0x3a, EQ = 0x3d, DQ = 0x22, SQ = 0x27;

/** XML 1.0, §2.3 S: space, tab, carriage return, line feed. */
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/**
 * The first position of a character from `from` on (the text's length when there is none). A plain
 * loop: what it skips is a few characters (a number, an attribute value), where calling the indexOf
 * builtin costs more than the scan itself.
 */
export function charFrom(xml: string, code: number, from: number): number {
  let i = from;
  while (i < xml.length && xml.charCodeAt(i) !== code) i++;
  return i;
}

/** xml.startsWith(word, at) for the short words of element and attribute names, without a builtin call. */
export function startsAt(xml: string, word: string, at: number): boolean {
  for (let i = 0; i < word.length; i++) if (xml.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether xml[a, aEnd) and xml[b, bEnd) are the same text. */
export function sameText(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
  return true;
}

/** A typed array twice as long, with the same start. */
export function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
