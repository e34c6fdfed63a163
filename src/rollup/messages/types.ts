import type { RollupIssueCode, RollupIssueParams } from "../issues.js";

/** One message function per roll-up issue code; the mapped type makes a missing code a compile error. */
export type RollupMessageTable = {
  readonly [C in RollupIssueCode]: (p: RollupIssueParams[C]) => string;
};
