/** Character codes and small scans shared by the XML scanner (src/workbook/xlsx/xml-scanner.ts). */
export const LT = 0x3c,
  GT = 0x3e,
  SLASH = 0x2f,
  BANG = 0x21,
  QUESTION = 0x3f,
  COLON = 0x3a,
  EQ = 0x3d,
  DQ = 0x22,
  SQ = 0x27;

/** XML 1.0, §2.3 S: space, tab, carriage return, line feed. */
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/**
 * The first position of a character from `from` on (the text's length when there is none). What
 * it skips is mostly a few characters (a number, an attribute value), where a plain loop beats
 * calling the indexOf builtin; past 16 characters (a formula, a long text) the builtin's fast
 * search wins, so it takes over.
 */
export function charFrom(xml: string, code: number, from: number): number {
  const stop = Math.min(from + 16, xml.length);
  for (let i = from; i < stop; i++) if (xml.charCodeAt(i) === code) return i;
  if (stop === xml.length) return stop;
  const at = xml.indexOf(String.fromCharCode(code), stop);
  return at < 0 ? xml.length : at;
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
