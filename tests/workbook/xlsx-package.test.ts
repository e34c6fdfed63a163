/**
 * The package and sheet structure in src/workbook/xlsx: namespace prefixes, rows and cells without
 * r, merged ranges, sheet order and states, part names and targets (ECMA-376 Part 2), Zip64, and
 * damaged parts, which are the input error `corrupt` (through analyzeBytes too), never a throw.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { EMPTY } from "../../src/cells/raw-cell.js";
import { openXlsx } from "../../src/workbook/xlsx/open-xlsx.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { bothSources, exceljsLoad, sourceDiff } from "./source-diff.js";
import { MAIN, open, rowCells, tinyParts, tinySheet, tinyXlsx } from "./tiny-xlsx.js";
import { toZip64 } from "./zip64.js";

const colName = (n: number): string =>
  (n > 26 ? colName(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
const str = (value: string) => ({ type: "string", value });
const ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1"><v>5</v></c></row><row r="3"><c r="C3" t="b"><v>1</v></c></row>';

describe("structure", () => {
  it("x:-prefixed SpreadsheetML (Open XML SDK exporters) reads like the unprefixed part (exceljs fails on it)", async () => {
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${ROWS.replace(/<(\/?)([a-z]+)([ >/])/gu, "<$1x:$2$3")}</x:sheetData></x:worksheet>`;
    const bytes = tinyXlsx({ sheets: [{ name: "S", part: prefixed }] });
    const plain = tinyXlsx({ sheets: [{ name: "S", rows: ROWS }] });
    expect(sourceDiff(open(plain), open(bytes))).toEqual([]);
    const sheet = open(bytes).sheet("S");
    expect(sheet && rowCells(sheet, 2)).toEqual([str("日期"), { type: "number", value: 5 }]);
    expect((await exceljsLoad(bytes)).ok).toBe(false);
  });

  it("rows and cells without r follow the previous one (exceljs refuses such a file)", () => {
    const s = tinySheet({
      rows: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row r="4"><c r="C4"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>',
    });
    expect([s.cell(1, 1), s.cell(1, 2), s.cell(4, 3), s.cell(4, 4), s.cell(5, 1)]).toEqual([
      str("a"),
      ...[1, 2, 3, 4].map((value) => ({ type: "number", value })),
    ]);
    expect([s.rowCount, s.columnCount, s.hasRow(2), s.hasRow(5)]).toEqual([5, 4, false, true]);
  });

  it("merged ranges: other cells read as the first, a range's rows exist; exceljs agrees", async () => {
    const after = '<mergeCells count="2"><mergeCell ref="B1:C2"/><mergeCell ref="A5:A7"/></mergeCells>';
    const rows = `${ROWS}<row r="5"><c r="A5"><v>9</v></c></row><row r="7"><c r="B7" s="0"/></row>`;
    const s = tinySheet({ rows, after });
    expect(s.merges().map((m) => m.label)).toEqual(["B1:C2", "A5:A7"]);
    expect([s.cell(1, 3), s.cell(2, 2), s.cell(2, 3), s.cell(6, 1), s.cell(7, 1), s.cell(7, 2)]).toEqual([
      ...Array(3).fill({ type: "number", value: 5 }),
      ...Array(2).fill({ type: "number", value: 9 }),
      EMPTY,
    ]);
    expect([s.rowCount, s.columnCount, s.hasRow(2), s.hasRow(6), s.hasRow(8)]).toEqual([7, 3, true, true, false]);
    const both = await bothSources(tinyXlsx({ sheets: [{ name: "S", rows, after }] }));
    expect(sourceDiff(both.exceljs, both.xlsx)).toEqual([]);
  });

  it("a merged range is clipped to the rows the sheet has (A3:M1048576 reaches the last written row), quickly", () => {
    const rows = `${ROWS}<row r="5"><c r="A5"><v>9</v></c></row>`;
    const s = tinySheet({
      rows,
      after: '<mergeCells count="2"><mergeCell ref="D3:M1048576"/><mergeCell ref="A9:B1048576"/></mergeCells>',
    });
    expect(s.merges().map((m) => [m.label, m.top, m.bottom])).toEqual([
      ["D3:M1048576", 3, 5],
      ["A9:B1048576", 9, 9],
    ]);
    expect([s.rowCount, s.hasRow(4), s.hasRow(10), s.cell(5, 5)]).toEqual([9, true, false, EMPTY]);
  });

  it("overlapping merged ranges are damage (Excel repairs the file by removing merges, exceljs refuses it)", () => {
    const r = openXlsx(
      tinyXlsx({
        sheets: [
          {
            name: "S",
            rows: ROWS,
            after:
              '<mergeCells count="3"><mergeCell ref="B1:C2"/><mergeCell ref="A5:A7"/><mergeCell ref="C2:D2"/></mergeCells>',
          },
        ],
      }),
    );
    expect(r.ok ? "read" : [r.error.code, r.error.detail]).toEqual([
      "corrupt",
      "工作表“S”的合并区域 B1:C2 与 C2:D2 重叠",
    ]);
  });

  it("2,048 merged ranges of 1,024 rows each: refused by the covered-row limit, and 1,900 read, without comparing every pair", () => {
    const merges = (n: number): string =>
      Array.from({ length: n }, (_, i) => `<mergeCell ref="${colName(i + 1)}1:${colName(i + 1)}1024"/>`).join("");
    const rows = '<row r="1024"><c r="A1024"><v>1</v></c></row>';
    const s = tinySheet({ rows, after: `<mergeCells>${merges(1900)}</mergeCells>` });
    expect(s.merges()).toHaveLength(1900);
    expect([s.cell(1000, 1), s.cell(1024, 1)]).toEqual([EMPTY, EMPTY]); // A1024 is inside A1:A1024: it reads as A1
    const r = openXlsx(tinyXlsx({ sheets: [{ name: "S", rows, after: `<mergeCells>${merges(2048)}</mergeCells>` }] }));
    expect(r.ok ? "read" : r.error.code).toBe("too_many_merges");
  });

  it("sheets in workbook order whatever their state; a sheet whose part is missing is damage", () => {
    const parts = tinyParts({
      sheets: [
        { name: "b", rows: ROWS },
        { name: "_meta", rows: ROWS, state: "veryHidden" },
        { name: "a", rows: ROWS, state: "hidden" },
      ],
    });
    expect(open(zipSync(parts)).sheetNames).toEqual(["b", "_meta", "a"]);
    delete parts["xl/worksheets/sheet2.xml"];
    const r = openXlsx(zipSync(parts));
    expect(r.ok ? "read" : [r.error.code, r.error.detail]).toEqual([
      "corrupt",
      "工作表“_meta”的内容（xl/worksheets/sheet2.xml）缺失",
    ]);
  });

  it("targets may be absolute (/xl/…) and part names differ in case (OPC compares them case-insensitively)", () => {
    const parts = tinyParts({ sheets: [{ name: "S", rows: ROWS }] });
    const rels = new TextDecoder()
      .decode(parts["xl/_rels/workbook.xml.rels"])
      .replace('Target="worksheets/sheet1.xml"', 'Target="/xl/Worksheets/Sheet1.xml"');
    parts["xl/_rels/workbook.xml.rels"] = new TextEncoder().encode(rels);
    expect(open(zipSync(parts)).sheet("S")?.cell(1, 2)).toEqual({ type: "number", value: 5 });
  });

  it("stored (uncompressed) parts and Zip64 archives", async () => {
    const z = {} as Record<string, [Uint8Array, { level: 0 }]>;
    for (const [k, v] of Object.entries(tinyParts({ sheets: [{ name: "S", rows: ROWS }] }))) z[k] = [v, { level: 0 }];
    expect(open(zipSync(z)).sheet("S")?.cell(3, 3)).toEqual({ type: "boolean", value: true });
    const big = toZip64(await ledgerBytes(cleanData()));
    const both = await bothSources(big);
    expect(both.xlsx.sheet("活动台账")?.cell(3, 3)).toEqual(str("春季健步走"));
    expect(sourceDiff(both.exceljs, both.xlsx)).toEqual([]);
  });
});

describe("portability", () => {
  it("src/workbook/xlsx imports nothing from Node (it runs in the browser): only its neighbours and fflate", async () => {
    const dir = "src/workbook/xlsx";
    const files = (await readdir(dir)).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(15);
    let imports = 0;
    for (const f of files) {
      const text = await readFile(join(dir, f), "utf8");
      const from = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gmu)].map((m) => m[1] ?? "");
      expect(text, f).not.toMatch(/\bimport\s*\(/u);
      imports += from.length;
      expect(
        from.filter((m) => !m.startsWith(".") && m !== "fflate"),
        f,
      ).toEqual([]);
      expect(text, f).not.toMatch(/\b(?:Buffer|process|require)\b[.(]/u);
    }
    expect(imports).toBeGreaterThan(40); // the pattern does see the imports
  });
});

describe("damaged parts are the input error corrupt, never a throw", () => {
  const CASES: readonly [string, Partial<Record<string, string>>][] = [
    [
      "a mismatched end tag",
      { "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"></c></sheetData></worksheet>` },
    ],
    [
      "a part cut short",
      { "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1` },
    ],
    [
      "a raw control character",
      {
        "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a\u0007b</t></is></c></row></sheetData></worksheet>`,
      },
    ],
    ["an undeclared entity", { "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>&nbsp;</t></si></sst>` }],
    [
      "a bare ampersand",
      {
        "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets><sheet name="A&B" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    ],
    [
      "an unquoted attribute",
      { "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r=1/></sheetData></worksheet>` },
    ],
    [
      "a row number past the grid",
      {
        "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="2000000"/></sheetData></worksheet>`,
      },
    ],
    [
      "a DOCTYPE declaring an entity (never expanded)",
      { "xl/sharedStrings.xml": `<!DOCTYPE sst [<!ENTITY a "aaaa">]><sst xmlns="${MAIN}"><si><t>&a;</t></si></sst>` },
    ],
  ];

  it.each(CASES)("%s", async (_, replaced) => {
    const parts = tinyParts({ sst: "<si><t>x</t></si>", sheets: [{ name: "会员名册", rows: ROWS }] });
    for (const [k, v] of Object.entries(replaced)) parts[k] = new TextEncoder().encode(v);
    const r = openXlsx(zipSync(parts));
    expect(r.ok ? "ok" : r.error.code).toBe("corrupt");
    if (!r.ok) expect(r.error.detail).toMatch(/^(xl\/[\w/]+\.xml )?.*[\u4e00-\u9fff]/u);
    const a = await analyzeBytes(zipSync(parts));
    expect(a.ok ? "ok" : a.error.code).toBe("corrupt");
  });

  it("damaged deflate data in one part", () => {
    const bytes = tinyXlsx({ sheets: [{ name: "S", rows: ROWS.repeat(50) }] });
    const at = new TextDecoder("latin1").decode(bytes).indexOf("xl/worksheets/sheet1.xml") + 30;
    const broken = bytes.slice();
    for (let i = at; i < at + 40; i++) broken[i] = 0xff;
    const r = openXlsx(broken);
    expect(r.ok ? "ok" : r.error.code).toBe("corrupt");
  });
});
