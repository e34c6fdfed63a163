/**
 * Each level of the union hierarchy consolidates the level below: six units rolled up in two
 * roll-ups of three, then those two rolled up, must give exactly the totals of all six at once.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { consolidate, type Rollup } from "../../src/rollup/consolidate.js";
import { ingestBytes } from "../../src/rollup/ingest.js";
import { ROLLUP_SHEETS } from "../../src/layout/rollup-workbook.js";
import type { UnitRecord, UnreadableFile } from "../../src/rollup/unit.js";
import { rollupBytes } from "../../src/rollup/write-workbook.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";
import { exampleUnitBytes } from "./units.js";

const STAMP = { generatedAt: "2025-01-31T00:00:00.000Z", generator: "test" };
let units: UnitRecord[];

async function ingest(
  files: readonly [string, Uint8Array][],
): Promise<{ units: UnitRecord[]; unreadable: UnreadableFile[] }> {
  const out = { units: [] as UnitRecord[], unreadable: [] as UnreadableFile[] };
  for (const [name, bytes] of files) {
    for (const r of await ingestBytes(bytes, name, 0)) {
      if (r.kind === "unit") out.units.push(r);
      else out.unreadable.push(r);
    }
  }
  return out;
}

function roll(u: readonly UnitRecord[], name = "高新区总工会"): Rollup {
  const r = consolidate(u, [], { name, allowMixedYears: false });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

beforeAll(async () => {
  const files: [string, Uint8Array][] = [];
  for (let i = 1; i <= 6; i++) files.push([`unit-${i}.xlsx`, await exampleUnitBytes(i)]);
  units = (await ingest(files)).units;
});

describe("roll-up of roll-ups", () => {
  it("gives the same total as rolling up all six units at once", async () => {
    expect(units).toHaveLength(6);
    // The units must differ, or equal totals would prove little.
    expect(new Set(units.map((u) => u.totals.activities.costFen)).size).toBeGreaterThan(1);
    const all = roll(units);
    const a = await rollupBytes(roll(units.slice(0, 3), "一片区"), STAMP);
    const b = await rollupBytes(roll(units.slice(3), "二片区"), STAMP);
    const upper = await ingest([
      ["一片区.xlsx", a],
      ["二片区.xlsx", b],
    ]);
    expect(upper.unreadable).toEqual([]);
    const top = roll(upper.units);
    expect(top.total).toEqual(all.total);
    expect(top.used.map((u) => u.unionName)).toEqual(all.used.map((u) => u.unionName));
    expect(top.used[0]?.file).toBe("一片区.xlsx › unit-1.xlsx");
  });

  it("reads back from the workbook the same per-unit totals, counts and findings it wrote", async () => {
    const withErrors = cleanData();
    const cons = withErrors.sheets["慰问金台账"];
    const sick = cons?.[1];
    if (cons && sick) cons[1] = { ...sick, amount: 1500 }; // over the 生病住院 cap: an error finding
    withErrors.info["unionName"] = "有错工会";
    const extra = (await ingest([["有错.xlsx", await ledgerBytes(withErrors)]])).units;
    const original = [...units.slice(0, 2), ...extra];
    expect(extra[0]?.errors).toBeGreaterThan(0);
    const back = (await ingest([["r.xlsx", await rollupBytes(roll(original), STAMP)]])).units;
    expect(back.map((u) => u.totals)).toEqual(original.map((u) => u.totals));
    expect(back.map((u) => [u.unionName, u.errors, u.warnings, u.filedOn, u.templateVersion])).toEqual(
      original.map((u) => [u.unionName, u.errors, u.warnings, u.filedOn, u.templateVersion]),
    );
    expect(back[2]?.findings).toEqual(extra[0]?.findings);
  });

  it("writes the visible sheets: units with 元 money formats, categories, 12 months, findings; data hidden", async () => {
    const r = roll(units);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rollupBytes(r, STAMP)) as unknown as ArrayBuffer);
    const sheet = (n: string): ExcelJS.Worksheet => {
      const ws = wb.getWorksheet(n);
      if (!ws) throw new Error(`no sheet ${n}`);
      return ws;
    };
    const u = sheet(ROLLUP_SHEETS.units);
    expect(u.getRow(1).getCell(1).value).toBe("工会名称");
    expect(u.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const paidCol = 10; // 实缴会费(元)
    expect(u.getRow(1).getCell(paidCol).value).toBe("实缴会费(元)");
    expect(u.getRow(2).getCell(paidCol).value).toBe((units[0]?.totals.dues.paidFen ?? NaN) / 100);
    expect(u.getRow(2).getCell(paidCol).numFmt).toBe("#,##0.00");
    expect(u.getRow(2).getCell(7).value).toBe("正常");
    expect(u.getRow(8).getCell(paidCol).value).toBe(r.total.dues.paidFen / 100); // 合计 after 6 units
    expect(sheet(ROLLUP_SHEETS.months).getRow(13).getCell(1).value).toBe("12月");
    expect(sheet(ROLLUP_SHEETS.categories).getRow(2).getCell(1).value).toBe("活动类别");
    expect(sheet(ROLLUP_SHEETS.data).state).toBe("veryHidden");
    expect(sheet(ROLLUP_SHEETS.meta).getRow(1).values).toEqual([undefined, "templateId", "union-ledger-rollup"]);
  });

  it("reports a hand-damaged _rollup row as unreadable instead of summing garbage", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rollupBytes(roll(units.slice(0, 2)), STAMP)) as unknown as ArrayBuffer);
    const data = wb.getWorksheet(ROLLUP_SHEETS.data);
    if (!data) throw new Error("no _rollup sheet");
    data.getRow(2).getCell(4).value = '{"unionName":"x"}';
    const back = await ingest([["r.xlsx", new Uint8Array(await wb.xlsx.writeBuffer())]]);
    expect(back.units).toHaveLength(1);
    expect(back.unreadable).toHaveLength(1);
    expect(back.unreadable[0]?.message).toContain("无法识别");
  });
});
