import type { SheetSpec } from "../layout/column.js";
import type { SheetData } from "../layout/record.js";
import { placeOf } from "../workbook/findings-sink.js";
import type { Rule } from "./context.js";

/** Which columns make two rows "the same" (domain-rules.md, duplicate_row). */
export const DUPLICATE_KEYS = {
  dues: ["memberId"],
  activities: ["name", "date", "cost"],
  condolences: ["memberId", "reason", "date", "amount"],
} as const;

function flagDuplicates<S extends SheetSpec>(
  sheet: SheetData<S>,
  keys: readonly string[],
  add: (row: SheetData<S>["rows"][number], firstRow: number) => void,
): void {
  const first = new Map<string, number>();
  for (const row of sheet.rows) {
    const values = row.values as Readonly<Record<string, unknown>>;
    let id = "";
    let complete = true;
    for (const k of keys) {
      const v = values[k];
      if (v === undefined) complete = false;
      id += `${String(v)}\u0000`;
    }
    if (!complete) continue;
    const firstRow = first.get(id);
    if (firstRow === undefined) first.set(id, row.row);
    else add(row, firstRow);
  }
}

/**
 * The rows that repeat an earlier row of the sheet (those duplicate_row flags). Rules that add rows up for a check
 * leave them out, so one mistake (a payment entered twice) gives one finding, not a second one for the sum it inflates.
 */
export function repeatedRows<S extends SheetSpec>(sheet: SheetData<S>, keys: readonly string[]): ReadonlySet<number> {
  return new Set(duplicatesOf(sheet, keys).keys());
}

/** Each repeated row → the row it repeats; found once per sheet for both users (20,000 rows: ~10 ms). */
const duplicatesBySheet = new WeakMap<object, ReadonlyMap<number, number>>();
function duplicatesOf<S extends SheetSpec>(sheet: SheetData<S>, keys: readonly string[]): ReadonlyMap<number, number> {
  let found = duplicatesBySheet.get(sheet);
  if (!found) {
    const rows = new Map<number, number>();
    flagDuplicates(sheet, keys, (row, firstRow) => rows.set(row.row, firstRow));
    duplicatesBySheet.set(sheet, (found = rows));
  }
  return found;
}

export const duplicateRules: Rule = ({ ledger, sink }) => {
  for (const [name, keys] of Object.entries(DUPLICATE_KEYS) as [keyof typeof DUPLICATE_KEYS, readonly string[]][]) {
    // The three sheets differ in their columns; only the key columns are read here, generically.
    const sheet = ledger[name] as unknown as SheetData<SheetSpec>;
    const repeats = duplicatesOf(sheet, keys);
    for (const row of sheet.rows) {
      const firstRow = repeats.get(row.row);
      if (firstRow !== undefined) sink.add("duplicate_row", placeOf(sheet, row, keys[0] ?? ""), { firstRow });
    }
  }
};
