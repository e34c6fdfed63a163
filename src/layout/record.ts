import type { IsoDate } from "../dates/calendar-date.js";
import type { Fen } from "../money/fen.js";
import type { FormulaCell } from "../cells/raw-cell.js";
import type { SheetSpec } from "./column.js";
import type { ListId, ListValue } from "./lists.js";

/** The typed value a column yields, derived from its declaration. */
type ValueOfColumn<C> = C extends { kind: "money" }
  ? Fen
  : C extends { kind: "date" }
    ? IsoDate
    : C extends { kind: "integer" }
      ? number
      : C extends { kind: "formula" }
        ? FormulaCell
        : C extends { kind: "option"; list: infer L extends ListId; otherValuesCheckedByRule: unknown }
          ? ListValue<L> | (string & {})
          : C extends { kind: "option"; list: infer L extends ListId }
            ? ListValue<L>
            : string;

export type ColumnKeyOf<S extends SheetSpec> = S["columns"][number]["key"];

/** A ledger row as typed values; a key is absent when the cell was empty or unusable. */
export type RecordOf<S extends SheetSpec> = {
  readonly [C in S["columns"][number] as C["key"]]?: ValueOfColumn<C>;
};

export interface LedgerRow<S extends SheetSpec> {
  /** 1-based worksheet row. */
  readonly row: number;
  /** Findings about a cell that read fine show its value from here (see findings-sink.ts). */
  readonly values: RecordOf<S>;
}

export interface SheetData<S extends SheetSpec> {
  readonly spec: S;
  /** False when the sheet is missing; then `rows` is empty. */
  readonly present: boolean;
  readonly headerRow: number;
  /** 1-based column number of each header found. */
  readonly columns: { readonly [K in ColumnKeyOf<S>]?: number };
  readonly rows: readonly LedgerRow<S>[];
}
