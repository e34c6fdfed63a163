import { finding, type Finding, type FindingPlace } from "../findings/finding.js";
import { FINDING_SEVERITY, type FindingCode } from "../findings/codes.js";
import type { FindingParams } from "../findings/params.js";
import { MAX_KEPT_PER_CODE, tallyOf, type FindingTally } from "../findings/tally.js";
import type { SheetSpec } from "../layout/column.js";
import type { LedgerRow, SheetData } from "../layout/record.js";
import { cellAddress } from "./address.js";
import { displayText } from "../cells/raw-cell.js";
import type { ColumnKind } from "../layout/column.js";
import { fen, fenToYuanString } from "../money/fen.js";
import type { FormulaCell } from "../cells/raw-cell.js";

/**
 * Collects findings; rules and the reader add to one sink per workbook. Every finding is counted;
 * the first MAX_KEPT_PER_CODE of each code are kept (tally.ts says why).
 */
export interface FindingSink {
  add<C extends FindingCode>(code: C, place: FindingPlace, params: FindingParams[C]): void;
  readonly items: readonly Finding[];
  tally(): FindingTally;
}

/**
 * A new sink. An object literal, not a class instance: every rule's optimized code keys on the sink's shape,
 * and a class instance's shape (its fields added one by one) is dropped by the garbage collector with the last
 * instance, so each analysis after a collection (the Excel pane's, the benchmark's) began with a new shape and
 * every rule deoptimized at its first finding. A literal's shape lives as long as this code.
 */
export function findingSink(): FindingSink {
  const items: Finding[] = [];
  const counts = new Map<FindingCode, number>();
  const sheets: Record<string, { errors: number; warnings: number }> = {};
  return {
    add(code, place, params) {
      const n = (counts.get(code) ?? 0) + 1;
      counts.set(code, n);
      const sheet = (sheets[place.sheet] ??= { errors: 0, warnings: 0 });
      if (FINDING_SEVERITY[code] === "error") sheet.errors++;
      else sheet.warnings++;
      if (n <= MAX_KEPT_PER_CODE) items.push(finding(code, place, params));
    },
    items,
    tally: () => tallyOf(counts, sheets),
  };
}

/**
 * A parsed value as the clerk would read it: rules report on cells that read fine, so the row
 * keeps only typed values (not the raw cells: 500,000 of those would outlive the read).
 */
function shownValue(kind: ColumnKind | undefined, v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (kind === "money" && typeof v === "number") return fenToYuanString(fen(v));
  if (kind === "formula" && typeof v === "object" && v !== null)
    return displayText((v as FormulaCell).cached) || undefined;
  return String(v);
}

/** The place of one cell of a ledger row, by column key (the column may have moved). */
export function placeOf<S extends SheetSpec>(
  sheet: SheetData<S>,
  row: LedgerRow<S>,
  key: S["columns"][number]["key"],
): FindingPlace {
  const col = (sheet.columns as Record<string, number | undefined>)[key];
  const header = sheet.spec.columns.find((c) => c.key === key)?.header;
  const value = shownValue(
    sheet.spec.columns.find((c) => c.key === key)?.kind,
    (row.values as Record<string, unknown>)[key],
  );
  return {
    sheet: sheet.spec.name,
    row: row.row,
    ...(header !== undefined ? { column: header } : {}),
    ...(col !== undefined ? { cell: cellAddress(row.row, col) } : {}),
    ...(value !== undefined ? { value } : {}),
  };
}
