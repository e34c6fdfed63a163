import { beforeAll, describe, expect, it } from "vitest";
import { cellsSource } from "../../addin/browser/workbook-cells.js";
import { CELLS_PER_SYNC } from "../../addin/host/excel/read-workbook.js";
import { analyzeBytes, analyzeWorkbook, type Analysis } from "../../src/analysis/analyze.js";
import { loadWorkbookSource } from "../../src/workbook/load.js";
import type { WorkbookSource } from "../../src/workbook/source/source.js";
import { exampleBytes, exampleFake, hostOf, largeGrid, LEDGER_SHEETS, smallBook } from "./excel-fixtures.js";
import { EXCEL_2019, FakeExcel, WEB_PAYLOAD_LIMIT } from "./fakes/fake-excel.js";
import { usedArea } from "./fakes/excel-state.js";

/** Every cell where the two sources differ (sheet, size, merges, cells), as text. */
function differences(a: WorkbookSource, b: WorkbookSource): string[] {
  const out: string[] = [];
  if (a.sheetNames.join() !== b.sheetNames.join()) out.push(`sheets ${a.sheetNames.join()} / ${b.sheetNames.join()}`);
  for (const name of b.sheetNames) {
    const x = a.sheet(name),
      y = b.sheet(name);
    if (!x || !y) continue;
    if (x.rowCount !== y.rowCount || x.columnCount !== y.columnCount)
      out.push(`${name}: ${x.rowCount}×${x.columnCount} / ${y.rowCount}×${y.columnCount}`);
    if (JSON.stringify(x.merges()) !== JSON.stringify(y.merges())) out.push(`${name}: merges`);
    for (let r = 1; r <= Math.max(x.rowCount, y.rowCount); r++) {
      for (let c = 1; c <= Math.max(x.columnCount, y.columnCount); c++) {
        const p = JSON.stringify(x.cell(r, c)),
          q = JSON.stringify(y.cell(r, c));
        if (p !== q) out.push(`${name} R${r}C${c}: ${p} / ${q}`);
      }
    }
  }
  return out;
}

const unwrap = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error("analysis failed");
  return r.value;
};

describe("readWorkbook on the bundled example", () => {
  let cli: Analysis;
  let cliSource: WorkbookSource;
  beforeAll(async () => {
    const bytes = await exampleBytes();
    cli = unwrap(await analyzeBytes(bytes));
    cliSource = unwrap(loadWorkbookSource(bytes));
  });

  it("gives the CLI's cells, findings and totals, in 3 syncs", async () => {
    const fake = await exampleFake();
    const source = cellsSource(await hostOf(fake).readWorkbook(LEDGER_SHEETS));
    expect(fake.syncCount).toBe(3);
    expect(differences(source, cliSource)).toEqual([]);
    const office = unwrap(analyzeWorkbook(source));
    expect(office.findings).toEqual(cli.findings);
    expect(office.totals).toEqual(cli.totals);
    expect(office.findings.length).toBeGreaterThan(0); // the example has planted mistakes
  });

  it("reads the same on Office 2019 (ExcelApi 1.8: no merged-area read), still 3 syncs", async () => {
    const fake = await exampleFake({ requirements: EXCEL_2019 });
    const office = unwrap(analyzeWorkbook(cellsSource(await hostOf(fake).readWorkbook(LEDGER_SHEETS))));
    expect(fake.syncCount).toBe(3);
    expect(office.findings).toEqual(cli.findings);
    expect(office.totals).toEqual(cli.totals);
  });

  it("gives plain data: a structured clone (what the pane's worker gets) reads the same", async () => {
    const cells = await hostOf(await exampleFake()).readWorkbook(LEDGER_SHEETS);
    const copy = structuredClone(cells);
    expect(copy).toEqual(cells);
    expect(differences(cellsSource(copy), cliSource)).toEqual([]);
    expect(unwrap(analyzeWorkbook(cellsSource(copy))).findings).toEqual(cli.findings);
  });
});

describe("readWorkbook limits", () => {
  it("reads 10,000 members in row blocks: 2 + one sync per block, none over 5 MB", async () => {
    const grid = await largeGrid();
    const fake = FakeExcel.fromGrid(grid);
    const cells = fake.state.sheets
      .filter((s) => LEDGER_SHEETS.includes(s.name))
      .reduce((n, s) => {
        const a = usedArea(s, true);
        return n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 1);
      }, 0);
    await hostOf(fake).readWorkbook(LEDGER_SHEETS);
    const valueSyncs = fake.runtime.syncs.slice(2);
    expect(cells).toBeGreaterThan(4 * CELLS_PER_SYNC);
    // Blocks are whole rows of one sheet, so packing can leave a little room per sync: at most one more.
    expect(valueSyncs.length).toBeGreaterThanOrEqual(Math.ceil(cells / CELLS_PER_SYNC));
    expect(valueSyncs.length).toBeLessThanOrEqual(Math.ceil(cells / CELLS_PER_SYNC) + 1);
    for (const s of fake.runtime.syncs) expect(s.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(Math.max(...valueSyncs.map((s) => s.responseBytes))).toBeGreaterThan(WEB_PAYLOAD_LIMIT / 4);
  });

  it("fails like Excel on the web when one response is over the limit", async () => {
    const fake = await exampleFake({ payloadLimit: 200_000 });
    await expect(hostOf(fake).readWorkbook(LEDGER_SHEETS)).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });

  it("skips absent sheets and reads a blank sheet as Excel gives it (A1, empty)", async () => {
    const fake = smallBook({ 会员名册: [], 其他: [["x"]] });
    const source = cellsSource(await hostOf(fake).readWorkbook(["会员名册", "活动台账"]));
    expect(fake.syncCount).toBe(3);
    expect(source.sheetNames).toEqual(["会员名册", "其他"]);
    expect(source.sheet("活动台账")).toBeUndefined();
    expect(source.sheet("会员名册")?.cell(1, 1)).toEqual({ type: "empty" });
  });
});
