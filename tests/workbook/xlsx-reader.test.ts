/**
 * src/workbook/xlsx reads exactly what exceljs + excelJsSource read: for the committed workbooks,
 * the fixtures the other tests build (template fill, hand-written parts as other programs write
 * them, clerks' edits, odd values, roll-up output) and a LibreOffice re-save, every cell of every
 * sheet, the counts, the rows, the merges, and the findings, totals and ledger rows the analysis
 * draws from them.
 */
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { consolidate } from "../../src/rollup/consolidate.js";
import { ingestBytes } from "../../src/rollup/ingest.js";
import type { UnitRecord } from "../../src/rollup/unit.js";
import { rollupBytes } from "../../src/rollup/write-workbook.js";
import { workbookBytes } from "../../src/template/generate.js";
import { handLedger, type HandLedgerOptions } from "../fixtures-hand/hand-ledger.js";
import { plainWorkbook } from "../fixtures-hand/xlsx.js";
import { setCells, sheetOf } from "../fixtures-hand/template-edit.js";
import { cleanData, ledgerBytes, ledgerWorkbook, profileById } from "../helpers/ledger.js";
import { libreOffice } from "../helpers/libreoffice-results.js";
import { exampleUnitBytes } from "../rollup/units.js";
import { EMPTY } from "../../src/cells/raw-cell.js";
import { analysesOf, bothSources, sourceDiff } from "./source-diff.js";
import { oddValuesWorkbook } from "./odd-workbook.js";

async function expectSameReading(bytes: Uint8Array | Awaited<ReturnType<typeof bothSources>>): Promise<void> {
  const sources = bytes instanceof Uint8Array ? await bothSources(bytes) : bytes;
  expect(sourceDiff(sources.exceljs, sources.xlsx)).toEqual([]);
  const { exceljs, xlsx } = analysesOf(sources);
  expect(xlsx.length).toBeGreaterThan(100);
  expect(xlsx).toBe(exceljs);
}

// The clean ledger's bytes, made once for the two tests that read them.
let clean: Promise<Uint8Array> | undefined;
const cleanBytes = (): Promise<Uint8Array> => (clean ??= ledgerBytes(cleanData()));

describe("the comparison itself", () => {
  it("sees a single changed cell, a changed count and a dropped merge", async () => {
    const { exceljs } = await bothSources(await cleanBytes());
    const sheet = exceljs.sheet("活动台账");
    if (!sheet) throw new Error("no sheet");
    const changed = {
      ...sheet,
      rowCount: sheet.rowCount + 1,
      merges: () => [],
      cell: (r: number, c: number) => (r === 3 && c === 3 ? EMPTY : sheet.cell(r, c)),
    };
    const other = {
      sheetNames: exceljs.sheetNames,
      sheet: (n: string) => (n === "活动台账" ? changed : exceljs.sheet(n)),
    };
    const diff = sourceDiff(exceljs, other);
    expect(diff.some((d) => d.startsWith('活动台账!R3C3: string:"春季健步走" ≠ empty:'))).toBe(true);
    expect(diff.some((d) => d.startsWith("活动台账: rowCount"))).toBe(true);
    expect(diff.some((d) => d.startsWith("活动台账: merges A1:M1"))).toBe(true);
  });
});

describe("the committed workbooks", () => {
  it.each(["templates/example-2024.xlsx", "templates/union-ledger-template-v1.xlsx"])("%s", async (path) => {
    const bytes = new Uint8Array(await readFile(path));
    const sources = await bothSources(bytes);
    // Really compared: the example has thousands of stored cells and its planted findings.
    const dues = sources.xlsx.sheet("会费台账");
    expect(dues?.rowCount).toBeGreaterThan(3000);
    await expectSameReading(sources);
  });
});

const profile = profileById("default");
const HAND: readonly Omit<HandLedgerOptions, "profile">[] = [
  { text: "shared", date: "builtinFormat" },
  { text: "inline", date: "customFormat", customDateFormat: "yyyy/m/d", rowsAboveHeader: 2 },
  { text: "sharedRich", date: "customFormat", customDateFormat: 'yyyy"年"m"月"d"日"' },
  { text: "inlineRich", date: "builtinFormat", sharedFormulas: true },
  { text: "formula", date: "formula" },
];

describe("fixtures the other tests build", () => {
  it("a workbook that is not a ledger (tests/fixtures-hand/xlsx.ts plainWorkbook): the same cells, the same input error", async () => {
    const bytes = plainWorkbook();
    const both = await bothSources(bytes);
    expect(both.xlsx.sheet("Sheet1")?.cell(2, 1)).toEqual({ type: "string", value: "张三" });
    expect(sourceDiff(both.exceljs, both.xlsx)).toEqual([]);
    expect(analysesOf(both)).toEqual({ exceljs: "input error not_ledger", xlsx: "input error not_ledger" });
  });

  it("the clean ledger from the template (tests/helpers/ledger.ts)", async () => {
    await expectSameReading(await cleanBytes());
  });

  it.each(HAND.map((o) => [JSON.stringify(o), o] as const))("a hand-written ledger %s", async (_, o) => {
    await expectSameReading(handLedger(cleanData(), { ...o, profile }));
  });

  it("a clerk's edits: merged cells in data rows, formulas with every kind of cached result, text dates, errors", async () => {
    const wb = await ledgerWorkbook(cleanData());
    setCells(wb, "活动台账", {
      B4: "下周三",
      C4: "合并单元格",
      D4: "其他",
      F4: "礼堂",
      I4: { formula: "1000+500", result: 1500 },
      B5: "2024年2月29日",
      C5: "公式",
      D5: "其他",
      I5: { formula: "1/0", result: { error: "#DIV/0!" } },
      J5: { formula: 'IF(1=0,"x","")', result: "" },
      K5: { formula: "1=1", result: true },
      L5: { formula: "1=0", result: false },
      M5: { formula: "0*1", result: 0 },
      A6: { formula: "ROW()-2", result: 4 },
      B6: { formula: "DATE(2024,5,1)", result: new Date(Date.UTC(2024, 4, 1)) },
      C6: { text: "链接文字", hyperlink: "https://example.org/" },
      H6: { richText: [{ text: "五" }, { font: { bold: true }, text: "十" }] },
    });
    sheetOf(wb, "活动台账").mergeCells("F4:G4");
    sheetOf(wb, "慰问金台账").mergeCells("J3:K5");
    await expectSameReading(await workbookBytes(wb));
  });

  it("odd values of every kind in every column (as tests/workbook/odd-values.test.ts places them)", async () => {
    await expectSameReading(await workbookBytes(await oddValuesWorkbook()));
  });

  it("example-generator units and the roll-up workbook made from them", async () => {
    const units: UnitRecord[] = [];
    for (let i = 1; i <= 3; i++) {
      const bytes = await exampleUnitBytes(i);
      await expectSameReading(bytes);
      for (const r of await ingestBytes(bytes, `unit-${i}.xlsx`, 0)) if (r.kind === "unit") units.push(r);
    }
    const rolled = consolidate(units, [], { name: "汇总", allowMixedYears: false });
    if (!rolled.ok) throw new Error(rolled.error.code);
    const bytes = await rollupBytes(rolled.value, { generatedAt: "2025-01-31T00:00:00.000Z", generator: "test" });
    const sources = await bothSources(bytes);
    expect(sources.xlsx.sheetNames.length).toBeGreaterThan(3);
    expect(sourceDiff(sources.exceljs, sources.xlsx)).toEqual([]);
  });
});

describe("a workbook re-saved by LibreOffice (its own way of writing every part)", () => {
  let resaved: Uint8Array;
  beforeAll(async () => {
    // The clean ledger with a text date, a formula and a merge (tests/workbook/resave-fixtures.ts),
    // re-saved by the global setup (tests/helpers/libreoffice-jobs.ts: edited).
    resaved = (await libreOffice("edited", "xlsx")).output;
  });

  it("is read the same by both readers", async () => {
    // Really LibreOffice's: it names itself in docProps/app.xml and writes number cells as t="n".
    const parts = unzipSync(resaved);
    expect(strFromU8(parts["docProps/app.xml"] ?? new Uint8Array())).toContain("LibreOffice");
    expect(
      Object.entries(parts).some(([k, v]) => k.startsWith("xl/worksheets/") && strFromU8(v).includes('t="n"')),
    ).toBe(true);
    await expectSameReading(resaved);
  });
});
