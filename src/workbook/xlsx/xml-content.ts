import { CLOSE, TEXT, type XmlScanner } from "./xml-scanner.js";
import { decodeEntities } from "./xml-text.js";

/**
 * After an OPEN: all character data up to its CLOSE (the text of nested elements too, their tags
 * skipped; CDATA as written), references replaced; the CLOSE consumed. "" for `<t/>`.
 */
export function readText(s: XmlScanner): string {
  const start = s.position;
  const end = s.plainTextEnd();
  if (end >= 0) return decodeEntities(s.xml.slice(start, end));
  if (s.selfClosing) return "";
  const depth = s.depth;
  let out = "";
  for (let t = s.next(); !(t === CLOSE && s.depth < depth); t = s.next()) if (t === TEXT) out += s.text();
  return out;
}

/** After an OPEN: skips its content up to and including its CLOSE (nothing for `<x/>`). */
export function skipElement(s: XmlScanner): void {
  if (s.selfClosing) return;
  const depth = s.depth;
  while (!(s.next() === CLOSE && s.depth < depth));
}
