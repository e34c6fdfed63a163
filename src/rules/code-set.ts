import type { Rule } from "./context.js";
import { infoPlace } from "./info-place.js";

/**
 * code_set_unverified: once, when the chosen 科目体系's item names were not checked against its
 * source (profiles/code-sets.ts `verified`): the 支出科目 checks then rest on our reading only.
 */
export const codeSetRules: Rule = ({ ledger, codeSet, sink }) => {
  if (!codeSet.verified) sink.add("code_set_unverified", infoPlace(ledger, "codeSystem"), { codeSet: codeSet.id });
};
