/**
 * Small .xlsx files written by hand, part by part, the way other programs save them (no exceljs):
 * shared or inline strings, rich-text runs, formulas with cached values, date serials with a date
 * number format. Used to check the reader does not depend on how exceljs happens to write a file.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { columnLetter } from "../../src/workbook/address.js";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `<t>` keeps leading/trailing spaces only with xml:space="preserve". */
const t = (s: string): string => `<t xml:space="preserve">${escapeXml(s)}</t>`;

/** A shared-string table: each distinct text once; a text may be stored as rich-text runs. */
export class SharedStrings {
  readonly #items: string[] = [];
  readonly #index = new Map<string, number>();
  #count = 0;

  /** Index of a plain text entry. */
  plain(text: string): number {
    return this.#add(`<si>${t(text)}</si>`);
  }

  /** Index of an entry made of rich-text runs (the first bold, the rest red), read as their concatenation. */
  rich(runs: readonly string[]): number {
    const body = runs
      .map(
        (r, i) =>
          `<r><rPr>${i === 0 ? "<b/>" : '<color rgb="FFFF0000"/>'}<sz val="11"/><rFont val="宋体"/></rPr>${t(r)}</r>`,
      )
      .join("");
    return this.#add(`<si>${body}</si>`);
  }

  #add(xml: string): number {
    this.#count++;
    const known = this.#index.get(xml);
    if (known !== undefined) return known;
    this.#items.push(xml);
    this.#index.set(xml, this.#items.length - 1);
    return this.#items.length - 1;
  }

  get size(): number {
    return this.#items.length;
  }

  xml(): string {
    return `${DECL}<sst xmlns="${MAIN_NS}" count="${this.#count}" uniqueCount="${this.#items.length}">${this.#items.join("")}</sst>`;
  }
}

/** One cell's XML, without its address (added by sheetXml). */
export type CellXml = { readonly attrs?: string; readonly body: string };

export const cell = {
  shared: (index: number, style?: number): CellXml => ({ attrs: `t="s"${styleAttr(style)}`, body: `<v>${index}</v>` }),
  inline: (text: string): CellXml => ({ attrs: 't="inlineStr"', body: `<is>${t(text)}</is>` }),
  inlineRich: (runs: readonly string[]): CellXml => ({
    attrs: 't="inlineStr"',
    body: `<is>${runs.map((r, i) => `<r>${i === 0 ? "<rPr><b/></rPr>" : ""}${t(r)}</r>`).join("")}</is>`,
  }),
  number: (v: number, style?: number): CellXml => ({ attrs: styleAttr(style).trim(), body: `<v>${v}</v>` }),
  bool: (v: boolean): CellXml => ({ attrs: 't="b"', body: `<v>${v ? 1 : 0}</v>` }),
  error: (e: string): CellXml => ({ attrs: 't="e"', body: `<v>${escapeXml(e)}</v>` }),
  /** A formula with a cached numeric result (a date serial when styled as a date). */
  formulaNumber: (formula: string, cached: number, style?: number): CellXml => ({
    attrs: styleAttr(style).trim(),
    body: `<f>${escapeXml(formula)}</f><v>${cached}</v>`,
  }),
  /** A formula with a cached text result (t="str"). */
  formulaString: (formula: string, cached: string): CellXml => ({
    attrs: 't="str"',
    body: `<f>${escapeXml(formula)}</f><v>${escapeXml(cached)}</v>`,
  }),
  formulaError: (formula: string, error: string): CellXml => ({
    attrs: 't="e"',
    body: `<f>${escapeXml(formula)}</f><v>${escapeXml(error)}</v>`,
  }),
  /** The master cell of a shared formula (as Excel writes a filled-down formula) over `ref`. */
  sharedFormulaMaster: (formula: string, ref: string, si: number, cached: number): CellXml => ({
    body: `<f t="shared" ref="${ref}" si="${si}">${escapeXml(formula)}</f><v>${cached}</v>`,
  }),
  /** Another cell of a shared formula: only the group index, the text is the master's, shifted. */
  sharedFormulaChild: (si: number, cached: number): CellXml => ({ body: `<f t="shared" si="${si}"/><v>${cached}</v>` }),
  /** A formula never calculated: no cached value. */
  formulaOnly: (formula: string): CellXml => ({ body: `<f>${escapeXml(formula)}</f>` }),
};

const styleAttr = (style: number | undefined): string => (style === undefined ? "" : ` s="${style}"`);

/** Rows of cells (index 0 = column A; undefined = no cell) → a worksheet part. */
export function sheetXml(
  rows: readonly (readonly (CellXml | undefined)[] | undefined)[],
  options: { merges?: readonly string[]; firstRow?: number } = {},
): string {
  const first = options.firstRow ?? 1;
  const body = rows
    .map((cells, i) => {
      if (!cells) return "";
      const r = first + i;
      const cs = cells
        .map((c, j) => (c ? `<c r="${columnLetter(j + 1)}${r}"${c.attrs ? ` ${c.attrs}` : ""}>${c.body}</c>` : ""))
        .join("");
      return `<row r="${r}">${cs}</row>`;
    })
    .join("");
  const merges = options.merges?.length
    ? `<mergeCells count="${options.merges.length}">${options.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `${DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${body}</sheetData>${merges}</worksheet>`;
}

/** Number formats: style 0 General, style 1 the built-in date (numFmtId 14), style 2 a custom date format. */
export function stylesXml(customDateFormat = "yyyy-mm-dd"): string {
  return (
    `${DECL}<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="${escapeXml(customDateFormat)}"/></numFmts>` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

export const STYLE_BUILTIN_DATE = 1;
export const STYLE_CUSTOM_DATE = 2;

export interface HandSheet {
  readonly name: string;
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface HandWorkbook {
  readonly sheets: readonly HandSheet[];
  readonly sharedStrings?: SharedStrings;
  readonly styles?: string;
  /** Further parts (path → content), e.g. docProps. */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
}

/** The parts of an .xlsx package, before zipping (so a test can damage one). */
export function xlsxParts(wb: HandWorkbook): Record<string, Uint8Array> {
  const sst = wb.sharedStrings && wb.sharedStrings.size > 0 ? wb.sharedStrings : undefined;
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ...wb.sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    ...(sst
      ? [
          `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
        ]
      : []),
    ...(wb.styles
      ? [
          `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
        ]
      : []),
  ];
  const contentTypes =
    `${DECL}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  const rootRels =
    `${DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" ` +
    `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetRels = wb.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const n = wb.sheets.length;
  const otherRels = [
    ...(sst ? [`<Relationship Id="rId${n + 1}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
    ...(wb.styles ? [`<Relationship Id="rId${n + 2}" Type="${REL_NS}/styles" Target="styles.xml"/>`] : []),
  ];
  const workbookRels = `${DECL}<Relationships xmlns="${PKG_REL_NS}">${[...sheetRels, ...otherRels].join("")}</Relationships>`;
  const workbook =
    `${DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
    wb.sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
      )
      .join("") +
    `</sheets></workbook>`;
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(rootRels),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels),
  };
  wb.sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  if (sst) parts["xl/sharedStrings.xml"] = strToU8(sst.xml());
  if (wb.styles) parts["xl/styles.xml"] = strToU8(wb.styles);
  for (const [path, content] of Object.entries(wb.extra ?? {}))
    parts[path] = typeof content === "string" ? strToU8(content) : content;
  return parts;
}

export function zipParts(parts: Readonly<Record<string, Uint8Array>>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(parts)) z[k] = [v, { level }];
  return zipSync(z);
}

export const handXlsx = (wb: HandWorkbook): Uint8Array => zipParts(xlsxParts(wb));

/** A valid workbook that is not a ledger: one sheet "Sheet1" with a little data. */
export function plainWorkbook(): Uint8Array {
  return handXlsx({
    sheets: [
      {
        name: "Sheet1",
        xml: sheetXml([
          [cell.inline("姓名"), cell.inline("金额")],
          [cell.inline("张三"), cell.number(100)],
        ]),
      },
    ],
  });
}

/** A minimal Word document package (word/document.xml), as a .docx renamed to .xlsx would be. */
export function minimalDocx(): Uint8Array {
  const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return zipParts({
    "[Content_Types].xml": strToU8(
      `${DECL}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `${DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" ` +
        `Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(
      `${DECL}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>工会年度工作总结</w:t></w:r></w:p></w:body></w:document>`,
    ),
  });
}

/** The part path of a worksheet by its name, from xl/workbook.xml and its relationships. */
export function sheetPartPath(parts: Readonly<Record<string, Uint8Array>>, name: string): string {
  const text = (p: string): string => new TextDecoder().decode(parts[p] ?? new Uint8Array());
  const sheet = new RegExp(`<sheet\\b[^>]*\\bname="${escapeXml(name)}"[^>]*>`).exec(text("xl/workbook.xml"))?.[0];
  const rid = sheet && /\br:id="([^"]+)"/.exec(sheet)?.[1];
  const rel =
    rid && new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(text("xl/_rels/workbook.xml.rels"))?.[0];
  const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet part for ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Replaces one cell's XML (by its A1 address) in a worksheet part; the cell must exist. */
export function replaceCellXml(sheet: string, address: string, xml: string): string {
  const re = new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*>.*?</c>)`);
  if (!re.test(sheet)) throw new Error(`no cell ${address}`);
  return sheet.replace(re, xml);
}
