import type { InputError } from "../workbook/input-error.js";
import type { LedgerId } from "./ledgers.js";

/**
 * How sure the import is of a placement: the clerk's MAP.json said so (`map`), the template's own header
 * (`header`), a synonym of it (`synonym`), or the values alone (member ids of the roster: `content`).
 */
export type Confidence = "map" | "header" | "synonym" | "content";

export interface PlacedColumn {
  /** The source column's letter and header as written (two header rows joined by "/"). */
  readonly column: string;
  readonly header: string;
  /** The template header it goes to (for dues kept per payment: 缴费日期, 所属月份, 金额…). */
  readonly to: string;
  readonly confidence: Confidence;
}

export interface SheetMapping {
  readonly sheet: string;
  readonly ledger: LedgerId;
  /** Why this sheet is that ledger: its name, its headers, and the score that won. */
  readonly basis: readonly ("map" | "name" | "headers" | "content")[];
  readonly score: number;
  /** The (last) header row, 1-based; `headerRows` is 2 when a group row stands above it. */
  readonly headerRow: number;
  readonly headerRows: 1 | 2;
  readonly columns: readonly PlacedColumn[];
  /** Columns with a header the template has no place for: kept to the right of the sheet under that header. */
  readonly unplaced: readonly { readonly column: string; readonly header: string; readonly keptAs: string }[];
  /** Data rows read. */
  readonly rows: number;
}

export type SkipReason = "title" | "blank" | "total" | "note" | "seq_only";

export interface SkippedRow {
  readonly sheet: string;
  readonly row: number;
  readonly reason: SkipReason;
  /** What the row shows (its first text), for the clerk to recognise it. */
  readonly text?: string;
}

export interface ChangedValue {
  readonly sheet: string;
  readonly cell: string;
  readonly column: string;
  readonly from: string;
  readonly to: string;
}

/** What was done, for the clerk: printed by the CLI, returned by `--json`, shown by the panes. */
export interface ImportReport {
  readonly year: { readonly value: number | undefined; readonly basis: "option" | "map" | "title" | "dates" | "none" };
  readonly unionName: string | undefined;
  readonly sheets: readonly SheetMapping[];
  /** Sheets of the clerk's workbook that hold none of the ledgers (not carried over). */
  readonly ignoredSheets: readonly string[];
  readonly skippedRows: readonly SkippedRow[];
  readonly changes: readonly ChangedValue[];
  /** Values that could not be read as their column asks (kept as typed; `validate` names them). */
  readonly unread: readonly ChangedValue[];
  /** Template columns the checks require that no source column filled, by template sheet. */
  readonly missing: readonly { readonly sheet: string; readonly header: string }[];
  /** Template sheets no source sheet filled. */
  readonly emptyLedgers: readonly string[];
}

/** Why an import could not be done (exit code 2): data, worded by messages.ts. */
export type ImportError =
  | { readonly code: "input"; readonly input: InputError }
  | { readonly code: "no_ledger"; readonly sheets: readonly string[] }
  | { readonly code: "ambiguous_sheets"; readonly ledger: LedgerId; readonly sheets: readonly string[] }
  | { readonly code: "ambiguous_ledger"; readonly sheet: string; readonly ledgers: readonly LedgerId[] }
  | {
      readonly code: "ambiguous_columns";
      readonly sheet: string;
      readonly to: string;
      readonly columns: readonly { readonly column: string; readonly header: string }[];
    }
  | { readonly code: "map_invalid"; readonly problems: readonly string[] }
  | { readonly code: "map_mismatch"; readonly sheet: string; readonly detail: string };
