/** Small real workbooks for the roll-up tests: distinct unions whose totals differ. */
import { workbookBytes } from "../../src/template/generate.js";
import type { UnitRecord } from "../../src/rollup/unit.js";
import { zeroTotals } from "../../src/totals/arithmetic.js";
import { exampleWorkbook } from "../../tools/sample/bundled.js";
import { cleanData, ledgerBytes } from "../helpers/ledger.js";

export interface CleanUnit {
  readonly unionName: string;
  readonly year?: number;
  readonly filedOn?: string;
  /** Cost of the one activity, in 元 (cleanData has 1500). */
  readonly cost?: number;
}

/** cleanData() under another name (and optionally year, 填报日期, activity cost). */
export function cleanUnitBytes(u: CleanUnit): Promise<Uint8Array> {
  const data = cleanData();
  data.info["unionName"] = u.unionName;
  if (u.year !== undefined) data.info["fiscalYear"] = u.year;
  if (u.filedOn !== undefined) data.info["filedOn"] = u.filedOn;
  const activities = data.sheets["活动台账"];
  const first = activities?.[0];
  if (activities && first && u.cost !== undefined) activities[0] = { ...first, cost: u.cost };
  return ledgerBytes(data);
}

/** A realistic small union's year from the example generator; different seeds, different totals. */
export async function exampleUnitBytes(i: number): Promise<Uint8Array> {
  const { wb } = await exampleWorkbook({
    seed: 7000 + i,
    year: 2024,
    unionName: `第${i}分厂工会委员会`,
    members: 12,
    activities: 5,
    condolences: 6,
    mistakes: false,
  });
  return workbookBytes(wb);
}

/** A unit record without a workbook, for the pure dedupe and summing tests. */
export function fakeUnit(
  file: string,
  unionName: string,
  o: { filedOn?: string; mtimeMs?: number; year?: number } = {},
): UnitRecord {
  const year = o.year ?? 2024;
  return {
    kind: "unit",
    file,
    unionName,
    fiscalYear: year,
    filedOn: o.filedOn,
    mtimeMs: o.mtimeMs ?? 0,
    templateVersion: "1.0.0",
    errors: 0,
    warnings: 0,
    totals: zeroTotals(unionName, year),
    findings: [],
    profile: { id: "default", name: "通用参考方案（非官方标准）", official: false },
    upperUnion: "",
  };
}
