/**
 * `upgrade` reads the old workbook with the project's own reader (src/workbook/xlsx), as validate
 * does; exceljs only writes the new one. Files exceljs refuses are upgraded, every value arrives,
 * formulas keep their text and cached result, dates their calendar date in any time zone, and a
 * damaged file is one Chinese message with exit code 2.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { CONDOLENCES_SHEET, LEDGER_SHEETS } from "../../src/layout/template-layout.js";
import { selectProfile } from "../../src/profiles/select.js";
import { workbookBytes } from "../../src/template/generate.js";
import { upgradeWorkbook, type UpgradeResult } from "../../src/upgrade/upgrade.js";
import { columnLetter } from "../../src/workbook/address.js";
import { loadWorkbookSource } from "../../src/workbook/load.js";
import { displayText, type RawCell } from "../../src/cells/raw-cell.js";
import { readLedger } from "../../src/workbook/read-ledger.js";
import type { SheetSource, WorkbookSource } from "../../src/workbook/source/source.js";
import { oneMessageProblems, runCli } from "../fixtures-hand/cli.js";
import { handLedger, type HandLedgerOptions } from "../fixtures-hand/hand-ledger.js";
import {
  cell,
  sheetPartPath,
  STYLE_BUILTIN_DATE,
  STYLE_CUSTOM_DATE,
  zipParts,
  type CellXml,
} from "../fixtures-hand/xlsx.js";
import { cleanData, profileById } from "../helpers/ledger.js";

const profile = profileById("default");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const utc = (y: number, m: number, d: number, h = 0, mi = 0): Date => new Date(Date.UTC(y, m - 1, d, h, mi));

// ---- building old workbooks: a hand-written ledger, then its worksheet parts edited ----

type Parts = Record<string, Uint8Array>;
const text = (parts: Parts, path: string): string => strFromU8(parts[path] ?? new Uint8Array());
const editSheet = (parts: Parts, sheet: string, edit: (xml: string) => string): void => {
  const path = sheetPartPath(parts, sheet);
  parts[path] = strToU8(edit(text(parts, path)));
};
const worksheetPaths = (parts: Parts): string[] =>
  Object.keys(parts).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/u.test(p));

const colIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Drops `r` from every row and cell that directly follows the previous one (ECMA-376 allows it; exceljs refuses it). */
function withoutR(xml: string): string {
  let lastRow = 0;
  return xml.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/gsu, (_, r: string, attrs: string, cells: string) => {
    const row = Number(r);
    const rowAttr = row === lastRow + 1 ? "" : ` r="${r}"`;
    lastRow = row;
    let lastCol = 0;
    const body = cells.replace(/<c r="([A-Z]+)\d+"/gu, (_m, letters: string) => {
      const col = colIndex(letters);
      const keep = col !== lastCol + 1;
      lastCol = col;
      return keep ? `<c r="${letters}${row}"` : "<c";
    });
    return `<row${rowAttr}${attrs}>${body}</row>`;
  });
}

/** The same part with every element in the x: prefix, as Open XML SDK exporters write it (exceljs fails on it). */
const xPrefixed = (xml: string): string =>
  xml.replace(/<(\/?)([A-Za-z]+)([ >/])/gu, "<$1x:$2$3").replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);

/** Columns appended to a sheet whose header is in `headerRow`: a header text and one cell per data row below it. */
function addColumns(
  xml: string,
  headerRow: number,
  first: number,
  columns: readonly { header: string; cells: readonly (CellXml | undefined)[] }[],
): string {
  return xml.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/gsu, (whole, r: string, attrs: string, cells: string) => {
    const row = Number(r);
    const add = columns
      .map((c, i) => {
        const x = row === headerRow ? cell.inline(c.header) : c.cells[row - headerRow - 1];
        return x ? `<c r="${columnLetter(first + i)}${row}"${x.attrs ? ` ${x.attrs}` : ""}>${x.body}</c>` : "";
      })
      .join("");
    return add ? `<row r="${r}"${attrs}>${cells}${add}</row>` : whole;
  });
}

// ---- reading and upgrading ----

function source(bytes: Uint8Array): WorkbookSource {
  const r = loadWorkbookSource(bytes);
  if (!r.ok) throw new Error(`input error ${r.error.code}: ${r.error.detail ?? ""}`);
  return r.value;
}

async function upgrade(bytes: Uint8Array): Promise<{ result: UpgradeResult; bytes: Uint8Array }> {
  const old = source(bytes);
  const read = readLedger(old);
  if (!read.ok) throw new Error(read.error.code);
  const result = await upgradeWorkbook(old, read.value.ledger, selectProfile(read.value.ledger, read.value.sink), {
    generatedAt: "2025-01-01T00:00:00.000Z",
    generator: "test",
  });
  return { result, bytes: await workbookBytes(result.workbook) };
}

/** A cell as comparable text: type, value (dates to the millisecond), formula. */
function key(c: RawCell): string {
  const v = c.type === "empty" ? "" : c.type === "date" ? c.value.toISOString() : JSON.stringify(c.value);
  return `${c.type}:${v}${c.formula === undefined ? "" : ` =${c.formula}`}`;
}

/**
 * Everything a clerk entered, as our reader sees it: 基本信息 values by field, and each ledger's
 * non-empty cells by header in row order (blank rows and the template's formula columns aside).
 */
function entered(src: WorkbookSource): string[] {
  const read = readLedger(src);
  if (!read.ok) throw new Error(read.error.code);
  const { ledger } = read.value;
  const out: string[] = [];
  const info = src.sheet("基本信息");
  for (const [field, row] of Object.entries(ledger.infoRows))
    if (field !== "profileId") out.push(`基本信息 ${field} ${key(info?.cell(row, 2) ?? { type: "empty" })}`);
  for (const spec of LEDGER_SHEETS) {
    const ws = src.sheet(spec.name);
    const sheet = [ledger.members, ledger.dues, ledger.activities, ledger.condolences].find(
      (s) => s.spec.name === spec.name,
    );
    if (!ws || !sheet) continue;
    const formulas = new Set<string>(spec.columns.filter((c) => c.kind === "formula").map((c) => c.header));
    const headers = Array.from({ length: ws.columnCount }, (_, i) =>
      displayText(ws.cell(sheet.headerRow, i + 1)).trim(),
    );
    let k = 0;
    for (let r = sheet.headerRow + 1; r <= ws.rowCount; r++) {
      const cells = headers.flatMap((h, i) => {
        const c = ws.cell(r, i + 1);
        return h && !formulas.has(h) && (c.type !== "empty" || c.formula !== undefined) ? [`${h}=${key(c)}`] : [];
      });
      if (cells.length === 0) continue;
      out.push(...cells.sort().map((c) => `${spec.name}#${k}:${c}`));
      k++;
    }
  }
  return out;
}

const rejectedByExcelJs = async (bytes: Uint8Array): Promise<boolean> =>
  new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer).then(
    () => false,
    () => true,
  );

// ---- files exceljs cannot read ----

const EXTRA = [
  { header: "联系电话", cells: [cell.inline("13800001234"), cell.inline("13900005678")] },
  { header: "经办日期", cells: [cell.number(45327, STYLE_BUILTIN_DATE), undefined] },
];

const VARIANTS: readonly [string, Omit<HandLedgerOptions, "profile">, (xml: string) => string][] = [
  [
    "x:-prefixed parts, rows and cells without r; rich-text shared strings",
    { text: "sharedRich", date: "builtinFormat" },
    (x) => xPrefixed(withoutR(x)),
  ],
  [
    "rows and cells without r; inline strings, dates formatted yyyy年m月d日, headers in row 3",
    { text: "inline", date: "customFormat", customDateFormat: 'yyyy"年"m"月"d"日"', rowsAboveHeader: 2 },
    withoutR,
  ],
  [
    "x:-prefixed parts; every text, number and date a formula with its cached value, shared dues formulas",
    { text: "formula", date: "formula", sharedFormulas: true },
    xPrefixed,
  ],
];

describe("upgrade reads the old workbook with our reader", () => {
  it.each(VARIANTS)("%s: exceljs refuses it, every value arrives", async (_, options, damage) => {
    const parts = unzipSync(handLedger(cleanData(), { ...options, profile }));
    const headerRow = (options.rowsAboveHeader ?? 0) + 1;
    editSheet(parts, CONDOLENCES_SHEET.name, (x) =>
      addColumns(x, headerRow, CONDOLENCES_SHEET.columns.length + 1, EXTRA),
    );
    for (const p of worksheetPaths(parts)) parts[p] = strToU8(damage(text(parts, p)));
    const bytes = zipParts(parts);
    expect(await rejectedByExcelJs(bytes)).toBe(true);

    const { result, bytes: upgraded } = await upgrade(bytes);
    expect(result.extraColumns).toEqual(["慰问金台账!联系电话", "慰问金台账!经办日期"]);
    expect(result.rows).toEqual({ 会员名册: 3, 会费台账: 3, 活动台账: 1, 慰问金台账: 2 });
    expect(result.unwritable).toEqual([]);
    const before = entered(source(bytes));
    expect(before.length).toBeGreaterThan(60);
    expect(entered(source(upgraded))).toEqual(before);
    // Rich text arrives as its plain text.
    expect(before.filter((c) => c.startsWith('慰问金台账#1:姓名=string:"李四"'))).toHaveLength(1);

    const [a1, a2] = [await analyzeBytes(bytes), await analyzeBytes(upgraded)];
    if (!a1.ok || !a2.ok) throw new Error("analysis");
    expect(a2.value.totals).toEqual(a1.value.totals);
    expect(a2.value.findings).toEqual([]);
  });
});

// ---- formulas, dates, errors ----

/** 慰问金台账 of the clean ledger (data in rows 2 and 3) with columns of every kind of value beside it. */
function oddValues(date1904: boolean): Uint8Array {
  const parts = unzipSync(
    handLedger(cleanData(), { text: "shared", date: "formula", customDateFormat: "yyyy-mm-dd hh:mm", profile }),
  );
  const shift = date1904 ? 1462 : 0; // the same day's serial in the 1904 date system
  editSheet(parts, CONDOLENCES_SHEET.name, (x) =>
    addColumns(x, 1, CONDOLENCES_SHEET.columns.length + 1, [
      {
        header: "日期附注",
        cells: [
          cell.number(45382 - shift, STYLE_BUILTIN_DATE),
          cell.formulaNumber("DATE(2024,2,29)", 45351 - shift, STYLE_BUILTIN_DATE),
        ],
      },
      {
        header: "时间附注",
        cells: [cell.number(45382.75 - shift, STYLE_CUSTOM_DATE), cell.number(13800001234, STYLE_BUILTIN_DATE)],
      },
      { header: "公式附注", cells: [cell.formulaOnly("L2*2"), cell.formulaError("1/0", "#DIV/0!")] },
      { header: "其他附注", cells: [cell.error("#N/A"), cell.bool(true)] },
      {
        header: "文字附注",
        cells: [cell.formulaString('"a"&"b"', "ab"), cell.formulaNumber("ROUND(12.345,2)", 12.35)],
      },
    ]),
  );
  // 金额 of the first payment as a formula (500 typed as =400+100).
  editSheet(parts, CONDOLENCES_SHEET.name, (x) =>
    x.replace(/(<c r="H2")[^>]*>.*?<\/c>/u, "$1><f>400+100</f><v>500</v></c>"),
  );
  if (date1904)
    parts["xl/workbook.xml"] = strToU8(
      text(parts, "xl/workbook.xml").replace("<sheets>", '<workbookPr date1904="1"/><sheets>'),
    );
  return zipParts(parts);
}

/** Cells of a sheet by header (header row `headerRow`), row `row`. */
const byHeader = (ws: SheetSource, headerRow: number, row: number): Record<string, RawCell> =>
  Object.fromEntries(
    Array.from({ length: ws.columnCount }, (_, i) => [displayText(ws.cell(headerRow, i + 1)), ws.cell(row, i + 1)]),
  );

describe("formulas keep their text and cached result, dates their calendar date", () => {
  const savedTz = process.env["TZ"];
  // West of Greenwich: a date taken at local midnight would fall on the day before.
  beforeAll(() => void (process.env["TZ"] = "America/Los_Angeles"));
  afterAll(() => void (savedTz === undefined ? delete process.env["TZ"] : (process.env["TZ"] = savedTz)));

  it.each([false, true])("date1904 %s", async (date1904) => {
    expect(new Date(Date.UTC(2024, 0, 1)).getDate()).toBe(31); // the zone is in force
    const bytes = oddValues(date1904);
    const { result, bytes: upgraded } = await upgrade(bytes);
    expect(result.unwritable).toEqual(["慰问金台账!M3"]);
    const ws = source(upgraded).sheet(CONDOLENCES_SHEET.name);
    if (!ws) throw new Error("sheet");
    const [first, second] = [byHeader(ws, 2, 3), byHeader(ws, 2, 4)];
    // The template's date column: the DATE formula with its cached day (hand-ledger.ts writes
    // 1900-based serials, which are four years and a day later in a 1904-based workbook).
    expect(first["日期"]).toEqual({
      type: "date",
      value: date1904 ? utc(2028, 2, 6) : utc(2024, 2, 5),
      formula: "DATE(2024,2,5)",
    });
    expect(first["金额(元)"]).toEqual({ type: "number", value: 500, formula: "400+100" });
    expect([first["日期附注"], second["日期附注"]]).toEqual([
      { type: "date", value: utc(2024, 3, 31) },
      { type: "date", value: utc(2024, 2, 29), formula: "DATE(2024,2,29)" },
    ]);
    expect([first["时间附注"], second["时间附注"]]).toEqual([
      { type: "date", value: utc(2024, 3, 31, 18) },
      { type: "empty" },
    ]);
    expect([first["公式附注"], second["公式附注"]]).toEqual([
      { type: "empty", formula: "L2*2" },
      { type: "error", value: "#DIV/0!", formula: "1/0" },
    ]);
    expect([first["其他附注"], second["其他附注"]]).toEqual([
      { type: "error", value: "#N/A" },
      { type: "boolean", value: true },
    ]);
    expect([first["文字附注"], second["文字附注"]]).toEqual([
      { type: "string", value: "ab", formula: '"a"&"b"' },
      { type: "number", value: 12.35, formula: "ROUND(12.345,2)" },
    ]);

    // As Excel would show it: the serial of the same day, under a date format.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(upgraded as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(CONDOLENCES_SHEET.name);
    const col = (h: string): number => (sheet?.getRow(2).values as unknown[]).indexOf(h);
    const at = (r: number, h: string): ExcelJS.Cell | undefined => sheet?.getCell(r, col(h));
    expect([at(3, "日期")?.numFmt, at(3, "日期附注")?.numFmt, at(3, "时间附注")?.numFmt]).toEqual([
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "yyyy-mm-dd hh:mm",
    ]);
    const newParts = unzipSync(upgraded);
    const xml = text(newParts, sheetPartPath(newParts, CONDOLENCES_SHEET.name));
    expect(xml).toMatch(new RegExp(`<c r="${columnLetter(col("日期附注"))}3"[^>]*><v>45382</v>`, "u"));
    expect(xml).toMatch(
      new RegExp(`<c r="${columnLetter(col("日期附注"))}4"[^>]*><f>DATE\\(2024,2,29\\)</f><v>45351</v>`, "u"),
    );
  });

  it("a date in a text column of the template keeps a date format (not its serial under @)", async () => {
    const data = cleanData();
    const cond = data.sheets["慰问金台账"]?.[0];
    if (!cond) throw new Error("row");
    const parts = unzipSync(handLedger(data, { text: "shared", date: "builtinFormat", profile }));
    const remark = columnLetter(CONDOLENCES_SHEET.columns.findIndex((c) => c.key === "remark") + 1);
    editSheet(parts, CONDOLENCES_SHEET.name, (x) =>
      x
        .replace('<row r="2">', `<row r="2"><c r="${remark}2" s="${STYLE_BUILTIN_DATE}"><v>45382</v></c>`)
        .replace(/(<row r="2">)(.*?)(<\/row>)/u, (_, a: string, b: string, c: string) => a + sortCells(b) + c),
    );
    const { bytes: upgraded } = await upgrade(zipParts(parts));
    const ws = source(upgraded).sheet(CONDOLENCES_SHEET.name);
    if (!ws) throw new Error("sheet");
    expect(byHeader(ws, 2, 3)["备注"]).toEqual({ type: "date", value: utc(2024, 3, 31) });
  });
});

/** Cells of a row in column order (a cell put first by a test goes where it belongs). */
function sortCells(cells: string): string {
  const list = cells.match(/<c r="[A-Z]+\d+"[^>]*?(?:\/>|>.*?<\/c>)/gsu) ?? [];
  return list
    .sort((a, b) => colIndex(/r="([A-Z]+)/u.exec(a)?.[1] ?? "") - colIndex(/r="([A-Z]+)/u.exec(b)?.[1] ?? ""))
    .join("");
}

// ---- the command ----

describe("union-ledger upgrade (CLI, our reader)", () => {
  let dir = "";
  beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "ul-upr-"))));
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("upgrades a file exceljs refuses, dates unmoved in a zone east of Greenwich; warns of what it could not carry over", async () => {
    const parts = unzipSync(oddValues(false));
    // A sheet of the clerk's own: named as not carried over.
    parts["xl/worksheets/own.xml"] = strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>发票</t></is></c></row></sheetData></worksheet>`,
    );
    parts["xl/workbook.xml"] = strToU8(
      text(parts, "xl/workbook.xml").replace(
        "</sheets>",
        '<sheet name="附件清单" sheetId="99" r:id="rIdOwn"/></sheets>',
      ),
    );
    parts["xl/_rels/workbook.xml.rels"] = strToU8(
      text(parts, "xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        '<Relationship Id="rIdOwn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/own.xml"/></Relationships>',
      ),
    );
    for (const p of worksheetPaths(parts)) parts[p] = strToU8(xPrefixed(withoutR(text(parts, p))));
    const input = join(dir, "旧.xlsx");
    const output = join(dir, "新.xlsx");
    await writeFile(input, zipParts(parts));
    const run = await runCli(["upgrade", input, "-o", output], { env: { TZ: "Pacific/Kiritimati" } });
    expect(run.stderr).toContain("已生成");
    expect(run.stderr).toContain("慰问金台账!M3");
    expect(run.stderr).toContain("工作表“附件清单”不属于标准模板");
    expect(run.code).toBe(0);
    const ws = source(new Uint8Array(await readFile(output))).sheet(CONDOLENCES_SHEET.name);
    if (!ws) throw new Error("sheet");
    expect(byHeader(ws, 2, 3)["日期附注"]).toEqual({ type: "date", value: utc(2024, 3, 31) });
    expect(byHeader(ws, 2, 4)["日期"]).toEqual({ type: "date", value: utc(2024, 3, 10), formula: "DATE(2024,3,10)" });
  });

  it.each([
    [
      "a worksheet part cut short",
      (p: Parts) =>
        void (p[sheetPartPath(p, CONDOLENCES_SHEET.name)] = strToU8(
          text(p, sheetPartPath(p, CONDOLENCES_SHEET.name)).slice(0, 400),
        )),
    ],
    [
      "a shared-string index past the table",
      (p: Parts) =>
        void (p[sheetPartPath(p, CONDOLENCES_SHEET.name)] = strToU8(
          text(p, sheetPartPath(p, CONDOLENCES_SHEET.name)).replace(/(<c r="D2" t="s"><v>)\d+/u, "$19999"),
        )),
    ],
    [
      "an unknown entity",
      (p: Parts) =>
        void (p["xl/sharedStrings.xml"] = strToU8(text(p, "xl/sharedStrings.xml").replace("张三", "张&nbsp;三"))),
    ],
  ])("%s: exit 2, one Chinese message, no exceljs words, no output", async (name, damage) => {
    const parts = unzipSync(handLedger(cleanData(), { text: "shared", date: "builtinFormat", profile }));
    damage(parts);
    const input = join(dir, `坏 ${name}.xlsx`);
    const output = join(dir, `坏 ${name} 新.xlsx`);
    await writeFile(input, zipParts(parts));
    const run = await runCli(["upgrade", input, "-o", output]);
    expect(run.code).toBe(2);
    expect(oneMessageProblems(run.stderr)).toEqual([]);
    expect(run.stderr).toContain("文件已损坏");
    // Nothing but Chinese, the part's name and what the file holds (quoted): none of exceljs' (or sax's) English.
    expect(run.stderr.replace(/[\w/]+\.xml|“[^”]*”/gu, "")).not.toMatch(/[A-Za-z]{3,}/u);
    await expect(stat(output)).rejects.toThrow();
  });
});
