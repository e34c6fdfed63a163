/**
 * The filled template as the readers see it, built in memory: the cells that buildTemplate +
 * fillWorkbook (src/template/) would write, in the form the package reader (src/workbook/xlsx)
 * reads them back, with no exceljs, no zip and no XML. The rule, narrative and roll-up tests analyse
 * this (tests/helpers/ledger.ts `analyzeData`); tests/helpers/memory-ledger.test.ts checks, cell by
 * cell and finding by finding, that it reads exactly like the written file.
 *
 * What the written file holds and the reader makes of it, modelled here:
 *   - every sheet the template has, in its order; the readers' sheets (基本信息, the four ledgers,
 *     汇总, _meta) with their cells, the two nobody reads (填表说明, _lists) by name only;
 *   - titles in merged ranges (a cell of a merged range reads as the range's first cell);
 *   - the template's formulas with no cached value (`{ type: "empty", formula }`): the 会费台账
 *     prepared rows, 汇总, and the formulas fillWorkbook copies down past the prepared rows;
 *   - a value by its type and its cell's number format (the column's, or the 基本信息 field's): a
 *     number or a Date is a date in a date-formatted cell and a number elsewhere (a Date as its
 *     serial), blank text is no value, booleans stay booleans, `null` clears the cell.
 * Values whose writing is the subject of a test (formulas with cached results, rich text, errors,
 * hyperlinks, text with control characters or _xHHHH_ escapes, `asIs` data) are not modelled: such a
 * value throws, and the test belongs on the real file (`analyzeDataViaFile`).
 */
import { titleCell } from "../../src/template/ledger-sheet.js";
import type { SheetSpec } from "../../src/layout/column.js";
import { SUMMARY_HEADERS, SUMMARY_ITEMS } from "../../src/layout/summary-items.js";
import {
  BASIC_INFO_SHEET,
  LEDGER_SHEETS,
  SHEET_NAMES,
  TEMPLATE_HEADER_ROW,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
} from "../../src/layout/template-layout.js";
import { toFile } from "../../src/profiles/profile-file.js";
import type { Profile } from "../../src/profiles/profile.js";
import type { FillData, FillValue } from "../../src/template/fill.js";
import { layoutHash } from "../../src/template/layout-hash.js";
import { DATE_LINE, SIGNATURES, SUMMARY_NOTE, TEMPLATE_REFS } from "../../src/template/summary-sheet.js";
import { cellAddress, columnLetter } from "../../src/workbook/address.js";
import { EMPTY, type RawCell } from "../../src/cells/raw-cell.js";
import type { MergedRange, SheetSource, WorkbookSource } from "../../src/workbook/source/source.js";
import { dateFromSerial } from "../../src/workbook/xlsx/cell-dates.js";
import { isDateFormatCode } from "../../src/workbook/xlsx/date-formats.js";
import { DATE_FORMAT, INTEGER_FORMAT, MONEY_FORMAT } from "../../src/template/styles.js";

/** What buildTemplate is given besides the profile (tests/helpers/ledger.ts `ledgerWorkbook`). */
export interface MemoryTemplateOptions {
  readonly fiscalYear: number;
  readonly generatedAt: string;
  readonly generator: string;
}

const LAYOUT_HASH = await layoutHash();
const FIRST_DATA_ROW = TEMPLATE_HEADER_ROW + 1;
const INFO_FIRST_ROW = 2;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NOT_BLANK = /\S/u;
/** Text the XML round trip changes (CR, control characters but tab and newline) or the reader unescapes (_xHHHH_). */
const notModelledText = (s: string): boolean =>
  /_x[0-9a-fA-F]{4}_|[\ufffe\uffff]/u.test(s) ||
  [...s].some((ch) => ch.charCodeAt(0) < 0x20 && ch !== "\t" && ch !== "\n");
const MAX_CELL_CHARS = 32_767;

/** The template's number formats by column kind (src/template/ledger-sheet.ts, info-sheet.ts). */
const LEDGER_FORMAT: Readonly<Record<string, string>> = {
  money: MONEY_FORMAT,
  date: DATE_FORMAT,
  integer: INTEGER_FORMAT,
  formula: MONEY_FORMAT,
};
const INFO_FORMAT: Readonly<Record<string, string>> = { date: DATE_FORMAT, money: "#,##0.00", integer: "0" };

class NotModelled extends Error {
  constructor(what: string) {
    super(`the in-memory ledger does not model ${what}: analyse the written file (analyzeDataViaFile)`);
  }
}

/** exceljs' utils.dateToExcel (1900 date system), as written into `<v>`. */
const serialOf = (d: Date): number => 25569 + d.getTime() / (24 * 3600 * 1000);
/** A date-formatted serial as the reader reads it (the template's workbooks use the 1900 date system). */
const dateOfSerial = (serial: number): Date => dateFromSerial(serial, false);

const text = (s: string): RawCell => (NOT_BLANK.test(s) ? { type: "string", value: s } : EMPTY);

/**
 * A value as fillWorkbook puts it in a cell whose number format is `numFmt`, as the reader reads the
 * written cell back. `kind` is the column's (an ISO date string in a date column becomes a Date).
 */
function valueCell(kind: string, v: FillValue, numFmt: string, where: string): RawCell {
  if (v === null || v === undefined) return EMPTY;
  const isDate = isDateFormatCode(numFmt);
  if (typeof v === "string") {
    if (kind === "date" && ISO.test(v)) return valueCell(kind, new Date(`${v}T00:00:00Z`), numFmt, where);
    if (notModelledText(v) || v.length > MAX_CELL_CHARS)
      throw new NotModelled(`${where}: text ${JSON.stringify(v.slice(0, 40))}`);
    return text(v);
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new NotModelled(`${where}: the number ${v}`);
    return isDate ? { type: "date", value: dateOfSerial(v) } : { type: "number", value: v };
  }
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (v instanceof Date) {
    const serial = serialOf(v);
    if (!Number.isFinite(serial)) throw new NotModelled(`${where}: an invalid Date`);
    return isDate ? { type: "date", value: dateOfSerial(serial) } : { type: "number", value: serial };
  }
  throw new NotModelled(`${where}: ${JSON.stringify(v)}`);
}

/** A sheet being built: sparse rows of cells, merged ranges. */
class Grid {
  readonly rows = new Map<number, RawCell[]>();
  readonly merges: MergedRange[] = [];
  constructor(readonly name: string) {}

  set(row: number, col: number, c: RawCell): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = []));
    r[col] = c;
  }

  get(row: number, col: number): RawCell | undefined {
    return this.rows.get(row)?.[col];
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right, label: `${cellAddress(top, left)}:${cellAddress(bottom, right)}` });
  }

  /** As src/workbook/xlsx/xlsx-sheet-source.ts reads the written sheet. */
  source(): SheetSource {
    let lastRow = 0;
    let columnCount = 0;
    for (const [row, cells] of this.rows) {
      if (row > lastRow) lastRow = row;
      if (cells.length - 1 > columnCount && cells.some((c) => c !== undefined && c.type !== "empty"))
        columnCount = cells.length - 1;
    }
    for (const m of this.merges) {
      lastRow = Math.max(lastRow, m.bottom);
      columnCount = Math.max(columnCount, m.right);
    }
    const merges = [...this.merges];
    const stored = (row: number, col: number): RawCell => this.rows.get(row)?.[col] ?? EMPTY;
    return {
      name: this.name,
      rowCount: lastRow,
      columnCount,
      hasRow: (row) => this.rows.has(row) || merges.some((m) => row >= m.top && row <= m.bottom),
      cell: (row, col) => {
        const m = merges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
        return m ? stored(m.top, m.left) : stored(row, col);
      },
      merges: () => merges,
    };
  }
}

const formulaCell = (formula: string): RawCell => ({ type: "empty", formula });

function infoSheet(profile: Profile, data: FillData, o: MemoryTemplateOptions): Grid {
  const g = new Grid(BASIC_INFO_SHEET.name);
  g.merge(1, 1, 1, 3);
  g.set(1, 1, text("基本信息"));
  // addInfoSheet's prefilled values (no union name: the tests' template has none).
  const prefilled: Readonly<Record<string, string | number>> = {
    fiscalYear: o.fiscalYear,
    profileId: profile.id,
    codeSystem: profile.codeSystem,
  };
  BASIC_INFO_SHEET.fields.forEach((f, i) => {
    const r = INFO_FIRST_ROW + i;
    const numFmt = INFO_FORMAT[f.kind] ?? "@";
    g.set(r, 1, text(f.label));
    const given = data.info?.[f.key];
    const v = given !== undefined ? given : prefilled[f.key];
    g.set(r, 2, valueCell(f.kind, v, numFmt, `${BASIC_INFO_SHEET.name}!B${r}`));
    g.set(r, 3, text(`${f.required ? "【必填】" : ""}${f.prompt}`));
  });
  return g;
}

function ledgerSheet(
  spec: SheetSpec,
  profile: Profile,
  rows: readonly Readonly<Record<string, FillValue>>[] | undefined,
  o: MemoryTemplateOptions,
): Grid {
  const g = new Grid(spec.name);
  const colOf = new Map(spec.columns.map((c, j) => [c.key, j + 1]));
  const formulaAt = (c: SheetSpec["columns"][number], row: number): string =>
    c.formula?.({
      col: (k) => columnLetter(colOf.get(k) ?? 0),
      row,
      duesRate: profile.dues.rate,
      duesTruncationYuan: profile.dues.truncationYuan,
    }) ?? "";
  g.merge(1, 1, 1, spec.columns.length);
  // The template's title formula on 基本信息, with the result the generator cached (no union name: the
  // tests' templates are made before 基本信息 is filled).
  const title = titleCell(spec.title, undefined, o.fiscalYear) as { formula: string; result: string };
  g.set(1, 1, { type: "string", value: title.result, formula: title.formula });
  spec.columns.forEach((c, j) => g.set(TEMPLATE_HEADER_ROW, j + 1, text(c.header)));
  const formulaColumns = spec.columns.filter((c) => c.formula);
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + spec.preparedRows && formulaColumns.length; r++) {
    for (const c of formulaColumns) g.set(r, colOf.get(c.key) ?? 0, formulaCell(formulaAt(c, r)));
  }
  (rows ?? []).forEach((row, i) => {
    const r = FIRST_DATA_ROW + i;
    spec.columns.forEach((c, j) => {
      const v = row[c.key];
      if (v !== undefined)
        g.set(r, j + 1, valueCell(c.kind, v, LEDGER_FORMAT[c.kind] ?? "@", `${spec.name}!${cellAddress(r, j + 1)}`));
      else if (c.formula && g.get(r, j + 1) === undefined) g.set(r, j + 1, formulaCell(formulaAt(c, r)));
      // fillWorkbook creates every cell of the row (empty and styled): the row is written.
      else if (g.get(r, j + 1) === undefined) g.set(r, j + 1, EMPTY);
    });
  });
  return g;
}

function summarySheet(o: MemoryTemplateOptions): Grid {
  const g = new Grid(SHEET_NAMES.summary);
  g.merge(1, 1, 1, 4);
  const title = titleCell("台账汇总", undefined, o.fiscalYear) as { formula: string; result: string };
  g.set(1, 1, { type: "string", value: title.result, formula: title.formula });
  [
    SUMMARY_HEADERS.group,
    SUMMARY_HEADERS.label,
    SUMMARY_HEADERS.value,
    SUMMARY_HEADERS.unit,
    SUMMARY_HEADERS.key,
  ].forEach((h, i) => g.set(2, i + 1, text(h)));
  SUMMARY_ITEMS.forEach((item, i) => {
    const r = 3 + i;
    g.set(r, 1, text(item.group));
    g.set(r, 2, text(item.label));
    g.set(r, 3, formulaCell(item.formula(TEMPLATE_REFS)));
    g.set(r, 4, text(item.unit));
    g.set(r, 5, text(item.key));
  });
  const noteRow = 3 + SUMMARY_ITEMS.length + 1;
  g.merge(noteRow, 1, noteRow, 4);
  g.set(noteRow, 1, text(SUMMARY_NOTE));
  SIGNATURES.forEach((who, i) => {
    const r = noteRow + 2 + i;
    g.set(r, 1, text(`${who}：`));
    g.merge(r, 2, r, 3);
    if (who === "日期") g.set(r, 2, text(DATE_LINE));
  });
  return g;
}

function metaSheet(profile: Profile, o: MemoryTemplateOptions): Grid {
  const g = new Grid(SHEET_NAMES.meta);
  const pairs: Readonly<Record<string, string>> = {
    templateId: TEMPLATE_ID,
    templateVersion: TEMPLATE_VERSION,
    profile: profile.id,
    codeSet: profile.codeSystem,
    generatedAt: o.generatedAt,
    generator: o.generator,
    layoutHash: LAYOUT_HASH,
    profileJson: JSON.stringify(toFile(profile)),
  };
  Object.entries(pairs).forEach(([k, v], i) => {
    g.set(i + 1, 1, text(k));
    g.set(i + 1, 2, text(v));
  });
  return g;
}

/**
 * The template for `profile`, filled with `data` as fillWorkbook fills it, as the readers' source:
 * what `analyzeBytes(ledgerBytes(data, profile))` reads, without writing the file. Throws for a value
 * it does not model (see the top of this file).
 */
export function memoryLedger(data: FillData, profile: Profile, o: MemoryTemplateOptions): WorkbookSource {
  const grids = [
    infoSheet(profile, data, o),
    ...(LEDGER_SHEETS as readonly SheetSpec[]).map((spec) => ledgerSheet(spec, profile, data.sheets?.[spec.name], o)),
    summarySheet(o),
    metaSheet(profile, o),
  ];
  const sheets = new Map(grids.map((g) => [g.name, g.source()]));
  // buildTemplate's order; 填表说明 and _lists hold nothing a ledger reader asks for.
  const sheetNames = [
    SHEET_NAMES.instructions,
    SHEET_NAMES.basicInfo,
    ...LEDGER_SHEETS.map((s) => s.name),
    SHEET_NAMES.summary,
    SHEET_NAMES.lists,
    SHEET_NAMES.meta,
  ];
  return { sheetNames, sheet: (name) => sheets.get(name) };
}
