import { describe, expect, it } from "vitest";
import type { CellRef } from "../../addin/host/host.js";
import { MARK_FILL, MARK_FORMULA, MARK_FONT, MAX_AREAS_WITHOUT_RANGE_AREAS } from "../../addin/host/excel/highlight.js";
import { exampleFake, hostOf } from "./excel-fixtures.js";
import { a1, parseAreaList, type Area } from "./fakes/excel-address.js";
import type { FakeConditionalFormat } from "./fakes/excel-state.js";
import { EXCEL_2019, type FakeExcel } from "./fakes/fake-excel.js";

const DUES = "会费台账";
const ACTIVITIES = "活动台账";

/** 10,000 cells as findings spread them: one long run in a column, 5,000 cells on every other row. */
function tenThousand(): CellRef[] {
  const run = Array.from({ length: 5_000 }, (_, i) => ({ sheet: DUES, cell: `D${i + 3}` }));
  const scattered = Array.from({ length: 5_000 }, (_, i) => ({ sheet: DUES, cell: `Q${2 * i + 3}` }));
  return [...run, ...scattered];
}

const cellsOf = (areas: readonly Area[]): string[] =>
  areas.flatMap((a) =>
    Array.from({ length: a.bottom - a.top + 1 }, (_, i) =>
      a1({ top: a.top + i, left: a.left, bottom: a.top + i, right: a.left }),
    ),
  );

const ours = (cfs: readonly FakeConditionalFormat[]): FakeConditionalFormat[] =>
  cfs.filter((cf) => cf.formula === MARK_FORMULA);

/** A clerk's own conditional formats, which the add-in must leave alone. */
function addClerkFormats(fake: FakeExcel): void {
  const sheet = fake.state.sheets.find((s) => s.name === DUES);
  if (!sheet) throw new Error("no dues sheet");
  sheet.conditionalFormats.push(
    {
      id: 900,
      type: "Custom",
      areas: parseAreaList("C3:C3002"),
      formula: "=$C3>20000",
      fill: "#FFFF00",
      fontColor: undefined,
    },
    {
      id: 901,
      type: "CellValue",
      areas: parseAreaList("Q3:Q3002"),
      formula: undefined,
      fill: "#00FF00",
      fontColor: undefined,
    },
  );
}

describe("selectCell", () => {
  it("activates the sheet and selects the cell in 1 sync", async () => {
    const fake = await exampleFake();
    await hostOf(fake).selectCell({ sheet: ACTIVITIES, cell: "E12" });
    expect(fake.syncCount).toBe(1);
    expect(fake.state.active).toBe(ACTIVITIES);
    expect(fake.state.selection).toEqual({ sheet: ACTIVITIES, address: "E12" });
  });

  it("fails the batch for a sheet the clerk renamed", async () => {
    const fake = await exampleFake();
    await expect(hostOf(fake).selectCell({ sheet: "不存在", cell: "A1" })).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});

describe("highlight and clearHighlights", () => {
  it("marks 10,000 cells with a handful of conditional formats in 2 syncs, touching no cell", async () => {
    const fake = await exampleFake();
    addClerkFormats(fake);
    const before = fake.cellsSnapshot();
    const refs = tenThousand();
    expect(await hostOf(fake).highlight(refs, [])).toBe(10_000);
    expect(fake.syncCount).toBe(2);
    const marks = ours(fake.conditionalFormats(DUES));
    expect(marks.length).toBe(15); // 5,001 areas in address lists of at most 2,000 characters
    expect(marks.every((m) => m.type === "Custom" && m.fill === MARK_FILL && m.fontColor === MARK_FONT)).toBe(true);
    expect(new Set(marks.flatMap((m) => cellsOf(m.areas)))).toEqual(new Set(refs.map((r) => r.cell)));
    expect(fake.cellsSnapshot()).toBe(before); // values, number formats and the clerk's fills
    expect(fake.state.writes).toEqual({ values: 0, numberFormat: 0, cells: 0, formats: 0 });
  });

  it("replaces earlier marks instead of piling them up", async () => {
    const fake = await exampleFake();
    const host = hostOf(fake);
    await host.highlight([{ sheet: DUES, cell: "D3" }], []);
    await host.highlight(
      [
        { sheet: DUES, cell: "D5" },
        { sheet: DUES, cell: "D6" },
      ],
      [],
    );
    expect(fake.syncCount).toBe(4);
    expect(ours(fake.conditionalFormats(DUES)).map((m) => m.areas.map(a1))).toEqual([["D5:D6"]]);
  });

  it("clears only the add-in's marks in 2 syncs; the clerk's formats stay", async () => {
    const fake = await exampleFake();
    addClerkFormats(fake);
    const host = hostOf(fake);
    await host.highlight([...tenThousand(), { sheet: ACTIVITIES, cell: "B4" }], []);
    const before = fake.runtime.syncCount;
    // 16 conditional formats, but the pane counts cells, as highlight did: 10,000 + 1.
    expect(await host.clearHighlights([DUES, ACTIVITIES])).toEqual({ cells: 10_001, uncounted: 0 });
    expect(fake.runtime.syncCount - before).toBe(2);
    expect(fake.conditionalFormats(DUES).map((cf) => cf.id)).toEqual([900, 901]);
    expect(fake.conditionalFormats(ACTIVITIES)).toEqual([]);
  });

  it("works without RangeAreas (ExcelApi 1.8) in 2 syncs, one format per area, at most 500 of them", async () => {
    const fake = await exampleFake({ requirements: EXCEL_2019 });
    const before = fake.cellsSnapshot();
    // The D run is one area, each scattered Q cell one more: 5,001 areas would be per-cell formatting
    // in all but name (addin.md), so the first 500 areas are marked and the pane says how many cells.
    expect(await hostOf(fake).highlight(tenThousand(), [])).toBe(5_000 + 499);
    expect(fake.syncCount).toBe(2);
    const marks = ours(fake.conditionalFormats(DUES));
    expect(marks.length).toBe(MAX_AREAS_WITHOUT_RANGE_AREAS);
    expect(marks.every((m) => m.areas.length === 1)).toBe(true);
    expect(fake.cellsSnapshot()).toBe(before);
  });

  it("marks a few cells on ExcelApi 1.8 exactly as on 1.9", async () => {
    const fake = await exampleFake({ requirements: EXCEL_2019 });
    const refs = [
      { sheet: DUES, cell: "D5" },
      { sheet: DUES, cell: "D6" },
      { sheet: ACTIVITIES, cell: "B4" },
    ];
    expect(await hostOf(fake).highlight(refs, [])).toBe(3);
    expect(ours(fake.conditionalFormats(DUES)).map((m) => m.areas.map(a1))).toEqual([["D5:D6"]]);
    expect(ours(fake.conditionalFormats(ACTIVITIES)).map((m) => m.areas.map(a1))).toEqual([["B4"]]);
  });
});
