import { describe, expect, it } from "vitest";
import type { FindingsTable } from "../../addin/host/host.js";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { exampleBytes, exampleFake, hostOf } from "./excel-fixtures.js";
import { freeSheetName } from "../../addin/host/excel/findings-sheet.js";
import { cellAt, cellFor, emptySheet, findSheet } from "./fakes/excel-state.js";
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
    expect(await hostOf(fake).writeFindingsSheet(NAME, table, "ours")).toEqual({ written: true, name: NAME });
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
    await host.writeFindingsSheet(NAME, await exampleTable(), "ours");
    const sheetsBefore = fake.state.sheets.length;
    await host.writeFindingsSheet(
      NAME,
      [
        ["工作表", "单元格", "级别", "问题"],
        ["活动台账", "E5", "error", "日期不在本年度"],
      ],
      "ours",
    );
    // 2 syncs for the first write; 3 for the second: the existing sheet's first row is read (it is ours).
    expect(fake.syncCount).toBe(5);
    expect(fake.state.sheets.length).toBe(sheetsBefore);
    expect(fake.state.sheets.filter((s) => s.name === NAME)).toHaveLength(1);
    expect(sheetRows(fake)).toEqual([
      ["工作表", "单元格", "级别", "问题"],
      ["活动台账", "E5", "error", "日期不在本年度"],
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
    await hostOf(fake).writeFindingsSheet(NAME, await exampleTable(), "ours");
    expect(others()).toBe(before);
  });
});

describe("a sheet of the clerk's with the findings sheet's name", () => {
  /** The clerk's own "台账检查结果" (their notes), and another sheet already called "…(2)". */
  function clerkSheets(fake: FakeExcel): void {
    for (const [name, text] of [
      [NAME, "我的备注"],
      [`${NAME}(2)`, "另一张"],
    ] as const) {
      const sheet = emptySheet(fake.state, name);
      cellFor(sheet, 0, 0).value = text;
      fake.state.sheets.push(sheet);
    }
  }

  it("is never replaced unasked: nothing written, a free name offered, in 2 syncs", async () => {
    const fake = await exampleFake();
    clerkSheets(fake);
    const before = fake.cellsSnapshot();
    const result = await hostOf(fake).writeFindingsSheet(NAME, await exampleTable(), "ours");
    expect(result).toEqual({ written: false, name: NAME, free: `${NAME}(3)` });
    expect(fake.syncCount).toBe(2);
    expect(fake.cellsSnapshot()).toBe(before);
    expect(fake.state.writes.values).toBe(0);
  });

  it("另存为: the table goes to the free name, the clerk's sheet stays", async () => {
    const fake = await exampleFake();
    clerkSheets(fake);
    const table = await exampleTable();
    expect(await hostOf(fake).writeFindingsSheet(`${NAME}(3)`, table, "ours")).toEqual({
      written: true,
      name: `${NAME}(3)`,
    });
    expect(fake.cell(NAME, "A1")?.value).toBe("我的备注");
    expect(fake.cell(`${NAME}(3)`, "A1")?.value).toBe(table[0]?.[0]);
  });

  it("替换: replaced when the clerk says so, in 2 syncs", async () => {
    const fake = await exampleFake();
    clerkSheets(fake);
    const table = await exampleTable();
    expect(await hostOf(fake).writeFindingsSheet(NAME, table, "any")).toEqual({ written: true, name: NAME });
    expect(fake.syncCount).toBe(2);
    expect(sheetRows(fake)[0]).toEqual(table[0]);
    expect(fake.state.sheets.filter((s) => s.name === NAME)).toHaveLength(1);
  });

  it("freeSheetName counts up, ignores case and keeps Excel's 31 characters", () => {
    expect(freeSheetName("校验结果", ["校验结果", "校验结果(2)"])).toBe("校验结果(3)");
    expect(freeSheetName("Findings", ["findings(2)"])).toBe("Findings(3)");
    expect(freeSheetName("x".repeat(31), [])).toBe(`${"x".repeat(28)}(2)`);
  });
});

describe("createWorkbook", () => {
  it("hands the template to Excel.createWorkbook as base64", async () => {
    const fake = await exampleFake();
    await hostOf(fake).createWorkbook?.(new Uint8Array([80, 75, 3, 4]));
    expect(fake.state.created).toEqual(["UEsDBA=="]);
  });
});
