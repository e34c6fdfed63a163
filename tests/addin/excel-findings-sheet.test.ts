import { describe, expect, it } from "vitest";
import type { FindingsTable } from "../../addin/host/host.js";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { exampleBytes, exampleFake, hostOf } from "./excel-fixtures.js";
import { cellAt, findSheet } from "./fakes/excel-state.js";
import type { FakeExcel } from "./fakes/fake-excel.js";

const NAME = "台账检查结果";

async function exampleTable(): Promise<FindingsTable> {
  const r = await analyzeBytes(await exampleBytes());
  if (!r.ok) throw new Error(r.error.code);
  const rows = r.value.findings.map((f) => [f.sheet, f.cell ?? "", f.severity, f.code]);
  // Text Excel would otherwise turn into a number or a formula.
  return [
    ["工作表", "单元格", "级别", "问题"],
    ...rows,
    ["会员名册", "A2", "error", "0012"],
    ["汇总", "B3", "=SUM(B1:B2)"],
  ];
}

/** The findings sheet's cells as rows of values, A1 down. */
function sheetRows(fake: FakeExcel): unknown[][] {
  const s = findSheet(fake.state, NAME);
  if (!s) throw new Error("no findings sheet");
  const rows = Math.max(...s.cells.keys()) + 1;
  const width = Math.max(...[...s.cells.values()].map((r) => Math.max(...r.keys()))) + 1;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => cellAt(s, r, c)?.value ?? ""));
}

describe("writeFindingsSheet", () => {
  it("writes the table in one 2-D write, as text, in 2 syncs", async () => {
    const fake = await exampleFake();
    const table = await exampleTable();
    await hostOf(fake).writeFindingsSheet(NAME, table);
    expect(fake.syncCount).toBe(2);
    expect(fake.state.writes.values).toBe(1);
    expect(fake.state.writes.numberFormat).toBe(1);
    expect(fake.state.writes.cells).toBe(table.length * 4);
    expect(sheetRows(fake)).toEqual(table.map((r) => [...r, ...Array(4 - r.length).fill("")]));
    const sheet = findSheet(fake.state, NAME);
    expect(sheet && cellAt(sheet, table.length - 2, 3)).toMatchObject({ value: "0012", numberFormat: "@" });
    expect(sheet && cellAt(sheet, table.length - 1, 2)?.formula).toBeUndefined();
    expect(sheet && [0, 1, 2, 3].every((c) => cellAt(sheet, 0, c)?.bold === true)).toBe(true);
    expect(sheet && cellAt(sheet, 1, 0)?.bold).toBeUndefined();
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.autofitCalls).toBe(1);
    expect(fake.state.active).toBe(NAME);
  });

  it("replaces an earlier findings sheet instead of adding a second", async () => {
    const fake = await exampleFake();
    const host = hostOf(fake);
    await host.writeFindingsSheet(NAME, await exampleTable());
    const sheetsBefore = fake.state.sheets.length;
    await host.writeFindingsSheet(NAME, [
      ["工作表", "问题"],
      ["活动台账", "日期不在本年度"],
    ]);
    expect(fake.syncCount).toBe(4);
    expect(fake.state.sheets.length).toBe(sheetsBefore);
    expect(fake.state.sheets.filter((s) => s.name === NAME)).toHaveLength(1);
    expect(sheetRows(fake)).toEqual([
      ["工作表", "问题"],
      ["活动台账", "日期不在本年度"],
    ]);
    expect(fake.state.writes.values).toBe(2);
  });

  it("leaves the clerk's sheets alone", async () => {
    const fake = await exampleFake();
    const others = (): string =>
      fake
        .cellsSnapshot()
        .split("\n")
        .filter((l) => !l.startsWith(`${NAME}!`))
        .join("\n");
    const before = others();
    await hostOf(fake).writeFindingsSheet(NAME, await exampleTable());
    expect(others()).toBe(before);
  });
});

describe("createWorkbook", () => {
  it("hands the template to Excel.createWorkbook as base64", async () => {
    const fake = await exampleFake();
    await hostOf(fake).createWorkbook?.(new Uint8Array([80, 75, 3, 4]));
    expect(fake.state.created).toEqual(["UEsDBA=="]);
  });
});
