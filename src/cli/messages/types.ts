import type { RollupIssueCode } from "../../rollup/issues.js";
import type { InputErrorCode } from "../../workbook/input-error.js";

/**
 * The codes after whose core message the CLI says how to get past it with one of its flags or
 * commands: the core's messages name none (the add-in has no flags).
 */
export const HINTED_CODES = ["not_ledger", "mixed_years"] as const satisfies readonly (
  InputErrorCode | RollupIssueCode
)[];
export type HintedCode = (typeof HINTED_CODES)[number];

/** The CLI's own words; the mapped types make a missing hint or message a compile error. */
export interface CliMessageTable {
  /** One sentence added after the core message of the code. */
  readonly hints: { readonly [C in HintedCode]: string };
  readonly expectNotFound: (path: string) => string;
  readonly expectInvalid: (path: string, reason: string) => string;
  /** Between a core message and its hint. */
  readonly hintSeparator: string;
}
