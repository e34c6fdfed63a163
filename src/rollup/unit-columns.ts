import { DATA_COLUMNS } from "../layout/rollup-workbook.js";
import type { UnitProfile } from "./unit.js";

/**
 * Columns of the hidden `_rollup` sheet after DATA_COLUMNS (issue 13): the unit's profile (JSON) and its 上级工会,
 * which the roll-up report names. A roll-up written before them has none, and its units' profiles read as unknown.
 * (They belong with DATA_COLUMNS in layout/rollup-workbook.ts; kept here while that layer is being edited.)
 */
export const UNIT_COLUMNS = ["profile", "upperUnion"] as const;

/** 1-based column of one of UNIT_COLUMNS in `_rollup`. */
export const unitColumn = (name: (typeof UNIT_COLUMNS)[number]): number =>
  DATA_COLUMNS.length + UNIT_COLUMNS.indexOf(name) + 1;

export const profileCell = (p: UnitProfile | undefined): string => (p ? JSON.stringify(p) : "");

/** A profile cell back; anything but the three fields (a hand edit, an older file) is unknown, not guessed. */
export function readProfileCell(text: string): UnitProfile | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== "object" || v === null) return undefined;
  const { id, name, official } = v as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" && name !== "" && typeof official === "boolean"
    ? { id, name, official }
    : undefined;
}
