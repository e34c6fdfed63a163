import type { UnitRecord } from "./unit.js";

/**
 * When a roll-up may say "收缴率较低的有X": a comparison among units, so only with at least MIN_UNITS units that
 * owed dues; and a unit named must be low both absolutely (below LOW_RATE) and among its peers (below the
 * median of the units that owed dues). Nine units at 99% and one at 98% have none low; one unit alone is
 * never "lower". docs/spec-notes.md states the rule.
 */
export const LOW_COLLECTION = { rate: 0.95, minUnits: 3 } as const;

const rateOf = (u: UnitRecord): number => u.totals.dues.collectionRate;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The units with a low collection rate by the rule above, lowest first (ties by name, not by file order). */
export function lowCollectionUnits(units: readonly UnitRecord[]): UnitRecord[] {
  const owing = units.filter((u) => u.totals.dues.expectedFen > 0);
  if (owing.length < LOW_COLLECTION.minUnits) return [];
  const m = median(owing.map(rateOf));
  return owing
    .filter((u) => rateOf(u) < LOW_COLLECTION.rate && rateOf(u) < m)
    .sort((a, b) => rateOf(a) - rateOf(b) || a.unionName.localeCompare(b.unionName, "zh-CN"));
}
