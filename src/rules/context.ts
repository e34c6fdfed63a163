import type { Profile } from "../profiles/profile.js";
import type { CodeSet } from "../profiles/code-sets.js";
import type { FindingSink } from "../workbook/findings-sink.js";
import type { Ledger } from "../workbook/ledger.js";
import type { Totals } from "../totals/totals.js";
import type { Member } from "./membership.js";

export interface RuleContext {
  readonly ledger: Ledger;
  readonly profile: Profile;
  readonly codeSet: CodeSet;
  /** 基本信息 年度; rules that need it do nothing when it is unknown (already a finding). */
  readonly fiscalYear: number | undefined;
  readonly roster: ReadonlyMap<string, Member>;
  /** The program's own totals, for cross-checks against the workbook's formulas. */
  readonly totals: Totals;
  readonly sink: FindingSink;
}

/** A rule reads the ledger and adds findings; it never changes the ledger. */
export type Rule = (ctx: RuleContext) => void;
