/**
 * Minimal .xlsx packages with parts written by hand, to test one XML feature at a time: the sheet
 * XML is given as written (only sheetData's content, or the whole part), and so may the shared
 * strings, the styles and the workbook part be.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import type { RawCell } from "../../src/cells/raw-cell.js";
import type { SheetSource, WorkbookSource } from "../../src/workbook/source/source.js";
import { openXlsx } from "../../src/workbook/xlsx/open-xlsx.js";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface TinySheet {
  readonly name: string;
  /** The content of `<sheetData>` (rows), unless `part` gives the whole worksheet part. */
  readonly rows?: string;
  readonly part?: string;
  /** After sheetData, e.g. `<mergeCells>…</mergeCells>`. */
  readonly after?: string;
  readonly state?: string;
}

export interface TinyWorkbook {
  readonly sheets: readonly TinySheet[];
  /** The `<si>` items of xl/sharedStrings.xml (or the whole part when it starts with "<?xml"). */
  readonly sst?: string;
  /** `<numFmts>` and `<cellXfs>` of xl/styles.xml. */
  readonly styles?: string;
  /** Inside `<workbook>` before `<sheets>`, e.g. `<workbookPr date1904="1"/>`. */
  readonly workbookPr?: string;
  /** Parts replaced or added as given (bytes or text). */
  readonly parts?: Readonly<Record<string, string | Uint8Array>>;
}

export const worksheet = (rows: string, after = ""): string =>
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

export function tinyParts(wb: TinyWorkbook): Record<string, Uint8Array> {
  const rels = wb.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (wb.sst !== undefined)
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (wb.styles !== undefined) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${wb.workbookPr ?? ""}<sheets>` +
      wb.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("") +
      `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${DECL}<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`,
  };
  wb.sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = s.part ?? worksheet(s.rows ?? "", s.after)));
  if (wb.sst !== undefined)
    parts["xl/sharedStrings.xml"] = wb.sst.startsWith("<?xml") ? wb.sst : `${DECL}<sst xmlns="${MAIN}">${wb.sst}</sst>`;
  if (wb.styles !== undefined) parts["xl/styles.xml"] = `${DECL}<styleSheet xmlns="${MAIN}">${wb.styles}</styleSheet>`;
  Object.assign(parts, wb.parts ?? {});
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v]));
}

export function tinyXlsx(wb: TinyWorkbook): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(tinyParts(wb))) z[k] = v;
  return zipSync(z);
}

/** Opens with src/workbook/xlsx; an input error fails the test. */
export function open(bytes: Uint8Array): WorkbookSource {
  const r = openXlsx(bytes);
  if (!r.ok) throw new Error(`input error ${r.error.code}: ${r.error.detail ?? ""}`);
  return r.value;
}

/** The first sheet of a one-sheet tiny workbook. */
export function tinySheet(wb: Omit<TinyWorkbook, "sheets"> & { rows: string; after?: string }): SheetSource {
  const s = open(
    tinyXlsx({ ...wb, sheets: [{ name: "S", rows: wb.rows, ...(wb.after ? { after: wb.after } : {}) }] }),
  ).sheet("S");
  if (!s) throw new Error("no sheet");
  return s;
}

/** The cells A1, B1, … of row 1 (as many as asked). */
export const rowCells = (s: SheetSource, n: number, row = 1): RawCell[] =>
  Array.from({ length: n }, (_, i) => s.cell(row, i + 1));

export const utc = (y: number, m: number, d: number, h = 0, mi = 0, sec = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, mi, sec));
