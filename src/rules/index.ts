import type { Member } from "../domain/membership.js";
import type { Profile } from "../profiles/profile.js";
import { CODE_SETS } from "../profiles/code-sets.js";
import type { FindingSink } from "../workbook/findings-sink.js";
import type { Ledger } from "../workbook/ledger.js";
import { codeRules, fundingRules, keywordRules, perCapitaRules } from "./activities.js";
import { approvalRules } from "./approvals.js";
import { capRules, condolenceRowRules, festivalCapRules, repeatRules } from "./condolences.js";
import type { ProgramFigureLookup, Rule } from "./context.js";
import { duesFormulaRules, duesRules } from "./dues.js";
import { duplicateRules } from "./duplicates.js";
import { memberRefRules, rosterRules } from "./members.js";
import { summaryRules } from "./summary.js";
import { columnsMovedRules } from "./columns-moved.js";
import { codeSetRules } from "./code-set.js";

/** Every rule of domain-rules.md beyond what the reader finds cell by cell. */
export const RULES: readonly Rule[] = [
  columnsMovedRules,
  rosterRules,
  memberRefRules,
  duesRules,
  duesFormulaRules,
  condolenceRowRules,
  capRules,
  festivalCapRules,
  repeatRules,
  approvalRules,
  fundingRules,
  perCapitaRules,
  codeRules,
  codeSetRules,
  keywordRules,
  duplicateRules,
  summaryRules,
];

/**
 * Runs the rules over a ledger the reader produced; findings go to the reader's sink. The roster
 * (domain/membership.ts `rosterIndex`) is the one the totals were computed with.
 */
export function runRules(
  ledger: Ledger,
  profile: Profile,
  sink: FindingSink,
  roster: ReadonlyMap<string, Member>,
  programFigure: ProgramFigureLookup,
): void {
  const codeSystem =
    ledger.info.codeSystem === "2022" ? "2022" : ledger.info.codeSystem === "2017" ? "2017" : profile.codeSystem;
  const ctx = {
    ledger,
    profile,
    programFigure,
    sink,
    codeSet: CODE_SETS[codeSystem],
    fiscalYear: ledger.info.fiscalYear,
    roster,
  };
  for (const rule of RULES) rule(ctx);
}
