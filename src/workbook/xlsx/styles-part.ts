import { isDateFormatId } from "./date-formats.js";
import { skipElement } from "./xml-content.js";
import { CLOSE, END, OPEN, type XmlScanner } from "./xml-scanner.js";

/**
 * xl/styles.xml, as far as reading values needs it: for each cell format (the `s` index of a cell
 * points into cellXfs, ECMA-376 Part 1, §18.8.10), whether its number format shows a date.
 * Formats of cell styles (cellStyleXfs) and of conditional formats (dxfs) are not cell formats.
 */
export function readDateStyles(s: XmlScanner): boolean[] {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN || s.depth !== 2) continue; // children of <styleSheet>, not selfClosing ones
    if (s.is("numFmts"))
      eachChild(s, "numFmt", () => custom.set(parseInt(s.attr("numFmtId") ?? "", 10), s.attr("formatCode") ?? ""));
    else if (s.is("cellXfs")) eachChild(s, "xf", () => xfFormats.push(parseInt(s.attr("numFmtId") ?? "", 10)));
    else skipElement(s);
  }
  return xfFormats.map((id) => isDateFormatId(id, custom));
}

/** Calls `fn` at each child element `name` of the element just opened; consumes its CLOSE. */
function eachChild(s: XmlScanner, name: string, fn: () => void): void {
  const depth = s.depth;
  for (let t = s.next(); !(t === CLOSE && s.depth < depth); t = s.next()) {
    if (t !== OPEN) continue;
    if (s.is(name)) fn();
    skipElement(s);
  }
}
