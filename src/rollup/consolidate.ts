import { err, ok, type Result } from "../result.js";
import type { Totals } from "../totals/totals.js";
import { dedupe, type Duplicate } from "./dedupe.js";
import { missingUnits } from "./expect.js";
import type { ConsolidateIssue, YearFiles } from "./issues.js";
import { sumTotals } from "./sum-totals.js";
import type { UnitRecord, UnreadableFile } from "./unit.js";

/** Everything a roll-up reports, before it is written as a workbook or JSON. */
export interface Rollup {
  readonly name: string;
  readonly fiscalYear: number;
  readonly used: readonly UnitRecord[];
  readonly dropped: readonly UnitRecord[];
  readonly duplicates: readonly Duplicate[];
  readonly unreadable: readonly UnreadableFile[];
  readonly missing: readonly string[];
  readonly total: Totals;
}

export interface ConsolidateOptions {
  readonly name: string;
  readonly expected?: readonly string[];
  readonly allowMixedYears: boolean;
}

/** Years with their files, most files first; year 0 (not filled in) is left to the findings. */
function filesByYear(units: readonly UnitRecord[]): YearFiles[] {
  const by = new Map<number, string[]>();
  for (const u of units) if (u.fiscalYear !== 0) by.set(u.fiscalYear, [...(by.get(u.fiscalYear) ?? []), u.file]);
  return [...by.entries()]
    .sort((a, b) => b[1].length - a[1].length || b[0] - a[0])
    .map(([year, files]) => ({ year, files }));
}

/**
 * Units → the roll-up: duplicates set aside, years checked, totals summed, missing unions named.
 * Units of several years are refused (`mixed_years`) unless `allowMixedYears`.
 */
export function consolidate(
  units: readonly UnitRecord[],
  unreadable: readonly UnreadableFile[],
  o: ConsolidateOptions,
): Result<Rollup, ConsolidateIssue> {
  const years = filesByYear(units);
  if (years.length > 1 && !o.allowMixedYears) return err({ code: "mixed_years", params: { years } });
  // With mixed years allowed, the roll-up is labelled with the year most units have.
  const fiscalYear = years[0]?.year ?? 0;
  const { used, dropped, duplicates } = dedupe(units);
  const total = sumTotals(
    used.map((u) => u.totals),
    o.name,
    fiscalYear,
  );
  const missing = o.expected
    ? missingUnits(
        o.expected,
        used.map((u) => u.unionName),
      )
    : [];
  return ok({ name: o.name, fiscalYear, used, dropped, duplicates, unreadable, missing, total });
}
