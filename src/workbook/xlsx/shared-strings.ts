import { EMPTY, type RawCell } from "../../cells/raw-cell.js";
import type { ReadBudget } from "./read-budget.js";
import { readText, skipElement } from "./xml-content.js";
import { CLOSE, END, OPEN, type XmlScanner } from "./xml-scanner.js";
import { unescapeXstring } from "./xml-text.js";

/**
 * The text of a string item, `<si>` or `<is>` (ECMA-376 Part 1, §18.4.8 si, §18.3.1.53 is): its
 * `<t>`, or the concatenation of its rich-text runs' `<t>` (§18.4.4 r). Phonetic runs (`<rPh>`,
 * §18.4.6: the furigana/pinyin guide shown above the text) and run properties are not the text and
 * are skipped. Whitespace is kept as written: parsers report it whatever xml:space says, and the
 * readers trim where a value wants trimming. Call after the OPEN of the item; consumes its CLOSE.
 */
export function readStringItem(s: XmlScanner): { text: string; rich: boolean } {
  let text = "";
  let rich = false;
  if (s.selfClosing) return { text, rich };
  const depth = s.depth;
  for (let t = s.next(); !(t === CLOSE && s.depth < depth); t = s.next()) {
    if (t !== OPEN) continue;
    if (s.is("t")) text += unescapeXstring(readText(s));
    else if (s.is("r")) {
      rich = true;
      text += readRun(s);
    } else skipElement(s); // rPh, phoneticPr, extLst
  }
  return { text, rich };
}

function readRun(s: XmlScanner): string {
  let text = "";
  if (s.selfClosing) return text;
  const depth = s.depth;
  for (let t = s.next(); !(t === CLOSE && s.depth < depth); t = s.next()) {
    if (t !== OPEN) continue;
    if (s.is("t")) text += unescapeXstring(readText(s));
    else skipElement(s); // rPr
  }
  return text;
}

/**
 * xl/sharedStrings.xml → each item as the cell it makes (§18.4.9 sst): made once, shared by every
 * cell that refers to it (a RawCell is never changed), blank ones already EMPTY.
 */
export function readSharedStrings(s: XmlScanner, budget: ReadBudget): RawCell[] {
  const out: RawCell[] = [];
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN && s.is("si"))
      out.push(textCell(budget.text(readStringItem(s).text, () => `共享字符串第${out.length + 1}项`)));
  }
  return out;
}

const NOT_BLANK = /\S/u;

/** A text as exceljs' value makes it reach the readers: blank text is no value (raw-cell.ts). */
export const textCell = (text: string): RawCell => (NOT_BLANK.test(text) ? { type: "string", value: text } : EMPTY);
