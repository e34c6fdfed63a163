import { importErrorMessage, type ImportError, type Locale } from "union-ledger";
import type { UiStrings } from "../../i18n/strings.js";

/** What stops an import, as the panel shows it: a sentence, and the mistakes of a map file one by one. */
export interface ImportProblem {
  readonly text: string;
  readonly list?: readonly string[];
}

/**
 * The import's error in the pane's words. The ambiguities name their candidates and say how to settle them with the
 * table's drop-downs (the core's own words send the CLI's user to --map); the rest are the core's messages.
 */
export function importProblem(e: ImportError, s: UiStrings, locale: Locale): ImportProblem {
  switch (e.code) {
    case "ambiguous_sheets":
      return { text: s.importAmbiguousSheets(s.importLedgerName(e.ledger), e.sheets) };
    case "ambiguous_ledger":
      return {
        text: s.importAmbiguousLedger(
          e.sheet,
          e.ledgers.map((l) => s.importLedgerName(l)),
        ),
      };
    case "ambiguous_columns":
      return {
        text: s.importAmbiguousColumns(
          e.sheet,
          e.to,
          e.columns.map((c) => s.importColumnName(c.column, c.header)),
        ),
      };
    case "input":
    case "no_ledger":
    case "map_invalid":
    case "map_mismatch":
      return { text: importErrorMessage(e, locale) };
  }
}
