import { readFile } from "node:fs/promises";
import { excelHost } from "../../addin/host/excel/excel-host.js";
import type { WorkbookHost } from "../../addin/host/host.js";
import { SHEET_NAMES } from "../../src/layout/template-layout.js";
import { exampleWorkbook } from "../../tools/sample/bundled.js";
import { EXAMPLE_OPTIONS } from "../../tools/sample/example.js";
import { FakeExcel, type FakeExcelOptions } from "./fakes/fake-excel.js";
import { gridFromWorkbook, gridFromXlsx } from "./fakes/seed.js";
import type { WorkbookGrid } from "./fakes/excel-state.js";

/** Every sheet the readers know; readWorkbook reads those present. */
export const LEDGER_SHEETS: readonly string[] = Object.values(SHEET_NAMES);

export const EXAMPLE = "templates/example-2024.xlsx";

export const exampleBytes = async (): Promise<Uint8Array> => new Uint8Array(await readFile(EXAMPLE));

/** The example's grid, read through exceljs once per worker (tests change their fakes, never the grid: each gets a copy). */
let exampleGrid: Promise<WorkbookGrid> | undefined;

export const exampleFake = async (options?: FakeExcelOptions): Promise<FakeExcel> =>
  FakeExcel.fromGrid(structuredClone(await (exampleGrid ??= exampleBytes().then(gridFromXlsx))), options);

/** The adapter over a fake, as the pane builds it over Office. */
export function hostOf(fake: FakeExcel): WorkbookHost {
  return excelHost({
    run: fake.officeRun,
    runOn: fake.officeRunOn,
    isSetSupported: fake.isSetSupported,
    createWorkbook: fake.createWorkbook,
  });
}

/** The benchmark's large workbook (bench/make-large.mjs): 10,000 members, 5,000 activities, 20,000 condolences. */
export async function largeGrid(): Promise<WorkbookGrid> {
  const { wb } = await exampleWorkbook({
    ...EXAMPLE_OPTIONS,
    seed: 7,
    members: 10_000,
    activities: 5_000,
    condolences: 20_000,
  });
  return gridFromWorkbook(wb);
}

/** A few sheets of plain values: `{ 活动台账: [["序号", "日期"], [1, 45400]] }` from A1. */
export function smallBook(
  sheets: Record<string, readonly (readonly (string | number | boolean)[])[]>,
  options?: FakeExcelOptions,
): FakeExcel {
  const grid: WorkbookGrid = {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      cells: rows.flatMap((row, r) =>
        row.flatMap((value, c) => (value === "" ? [] : [[r + 1, c + 1, value] as const])),
      ),
    })),
  };
  return FakeExcel.fromGrid(grid, options);
}
