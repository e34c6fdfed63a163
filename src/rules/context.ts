import type { Profile } from "../profiles/profile.js";
import type { CodeSet } from "../profiles/code-sets.js";
import type { FindingSink } from "../workbook/findings-sink.js";
import type { Ledger } from "../workbook/ledger.js";
import type { Member } from "../domain/membership.js";

/**
 * The program's own figure for a 汇总 item key (a path into the totals) and whether it is money;
 * undefined when the key names none. The rules see the totals only through this, so they need not
 * know how totals are made (analyze.ts passes `figureAt` of src/totals/paths.ts).
 */
export type ProgramFigureLookup = (key: string) => { readonly value: number; readonly money: boolean } | undefined;

export interface RuleContext {
  readonly ledger: Ledger;
  readonly profile: Profile;
  readonly codeSet: CodeSet;
  /** 基本信息 年度; rules that need it do nothing when it is unknown (already a finding). */
  readonly fiscalYear: number | undefined;
  readonly roster: ReadonlyMap<string, Member>;
  /** The program's own figure behind a 汇总 key, for cross-checks against the workbook's formulas. */
  readonly programFigure: ProgramFigureLookup;
  readonly sink: FindingSink;
}

/** A rule reads the ledger and adds findings; it never changes the ledger. */
export type Rule = (ctx: RuleContext) => void;
