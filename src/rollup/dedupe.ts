import type { UnitRecord } from "./unit.js";

export interface Duplicate {
  readonly file: string;
  readonly unionName: string;
  readonly fiscalYear: number;
  /** The file used instead. */
  readonly keptFile: string;
}

/** Nameless units are never duplicates of each other: the file is their only identity. */
const keyOf = (u: UnitRecord): string =>
  u.unionName === "" ? `\u0000${u.file}` : `${u.unionName}\u0000${u.fiscalYear}`;

/**
 * True when `b` should replace `a`: the later 填报日期 wins (a file without one is the oldest),
 * then the later file time. On a full tie the first one met stays, so the result does not
 * depend on anything but the (sorted) input order.
 */
function newer(b: UnitRecord, a: UnitRecord): boolean {
  const fa = a.filedOn ?? "";
  const fb = b.filedOn ?? "";
  if (fb !== fa) return fb > fa; // ISO dates compare as strings
  return b.mtimeMs > a.mtimeMs;
}

/** Two files of the same union and year: one is used, the other listed as a duplicate. */
export function dedupe(units: readonly UnitRecord[]): {
  used: UnitRecord[];
  dropped: UnitRecord[];
  duplicates: Duplicate[];
} {
  const best = new Map<string, UnitRecord>();
  for (const u of units) {
    const cur = best.get(keyOf(u));
    if (!cur || newer(u, cur)) best.set(keyOf(u), u);
  }
  const kept = new Set(best.values());
  const used = units.filter((u) => kept.has(u));
  const dropped = units.filter((u) => !kept.has(u));
  const duplicates = dropped.map((u) => ({
    file: u.file,
    unionName: u.unionName,
    fiscalYear: u.fiscalYear,
    keptFile: best.get(keyOf(u))?.file ?? "",
  }));
  return { used, dropped, duplicates };
}
