import { finding, type Finding, type FindingPlace } from "../findings/finding.js";
import type { FindingCode } from "../findings/codes.js";
import type { FindingParams } from "../findings/params.js";
import type { SheetSpec } from "../layout/column.js";
import type { LedgerRow, SheetData } from "../layout/record.js";
import { cellAddress } from "./address.js";
import { displayText, type RawCell } from "./raw-cell.js";

/** Collects findings; rules and the reader add to one sink per workbook. */
export class FindingSink {
  readonly #items: Finding[] = [];

  add<C extends FindingCode>(code: C, place: FindingPlace, params: FindingParams[C]): void {
    this.#items.push(finding(code, place, params));
  }

  get items(): readonly Finding[] {
    return this.#items;
  }
}

/** The place of one cell of a ledger row, by column key (the column may have moved). */
export function placeOf<S extends SheetSpec>(sheet: SheetData<S>, row: LedgerRow<S>, key: S["columns"][number]["key"]): FindingPlace {
  const col = (sheet.columns as Record<string, number | undefined>)[key];
  const header = sheet.spec.columns.find((c) => c.key === key)?.header;
  const raw = (row.raw as Record<string, RawCell | undefined>)[key];
  const value = raw === undefined ? undefined : displayText(raw);
  return {
    sheet: sheet.spec.name,
    row: row.row,
    ...(header !== undefined ? { column: header } : {}),
    ...(col !== undefined ? { cell: cellAddress(row.row, col) } : {}),
    ...(value !== undefined ? { value } : {}),
  };
}
