import type { PackageParts } from "./package-parts.js";
import { isType, readRelationships, type Relationship } from "./relationships.js";
import { XlsxError } from "./xlsx-error.js";
import { END, OPEN, XmlScanner } from "./xml-scanner.js";

export interface SheetEntry {
  readonly name: string;
  /** The worksheet part. */
  readonly part: string;
  /** visible, hidden or veryHidden: read all the same (`_meta` is veryHidden, LibreOffice makes it hidden). */
  readonly state: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** workbookPr date1904: serials count from 1904-01-01 (ECMA-376 Part 1, §18.2.28, §18.17.4.1). */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/** The package's main part, by the officeDocument relationship of the package (ECMA-376 Part 2, §9.3). */
function mainPart(parts: PackageParts): string {
  const root = [...readRelationships(parts, "").values()].find((r) => isType(r, "officeDocument"));
  return root?.part && parts.has(root.part) ? root.part : DEFAULT_WORKBOOK;
}

/**
 * xl/workbook.xml and its relationships: the sheets in workbook order (that is the order exceljs
 * and spreadsheet programs show them), each with its worksheet part. A sheet whose relationship
 * leads to no worksheet (a chartsheet, a dialog sheet) is left out, as exceljs leaves it out; one
 * whose worksheet part is missing is damage.
 */
export function readWorkbookPart(parts: PackageParts): WorkbookPart {
  const path = mainPart(parts);
  const xml = parts.text(path);
  // A zip without a workbook part is another kind of file (a .docx or .zip renamed), not a damaged one.
  if (xml === undefined) throw new XlsxError(`缺少 ${path}`, "not_xlsx");
  const rels = readRelationships(parts, path);
  const s = new XmlScanner(xml, path);
  const sheets: SheetEntry[] = [];
  const seen = new Set<string>();
  let date1904 = false;
  let root = true;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    // The main part of a .docx or .pptx renamed .xlsx is a document or a presentation.
    if (root && !s.is("workbook")) throw new XlsxError(`${path} 不是工作簿`, "not_xlsx");
    root = false;
    if (s.is("workbookPr")) {
      const v = s.attr("date1904");
      date1904 = v === "1" || v === "true"; // xsd:boolean (exceljs reads "1" only)
    } else if (s.is("sheet")) {
      const name = s.attr("name");
      // The relationship id is r:id, in the relationships namespace whatever its prefix.
      const rel: Relationship | undefined = rels.get(s.attr("id") ?? "");
      if (name === undefined || seen.has(name) || !rel?.part || !isType(rel, "worksheet")) continue;
      // A sheet the workbook lists whose part is gone (or whose name in the zip was damaged) is
      // damage: read as "no such sheet" it would turn into sheet_missing and wrong totals.
      if (!parts.has(rel.part)) throw new XlsxError(`工作表“${name}”的内容（${rel.part}）缺失`);
      seen.add(name);
      sheets.push({ name, part: rel.part, state: s.attr("state") ?? "visible" });
    }
  }
  const partOf = (kind: string): string | undefined =>
    [...rels.values()].find((r) => isType(r, kind) && r.part && parts.has(r.part))?.part;
  return { sheets, date1904, sharedStringsPart: partOf("sharedStrings"), stylesPart: partOf("styles") };
}
