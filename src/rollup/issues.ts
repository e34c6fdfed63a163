/**
 * Why a roll-up, or its list of expected unions, cannot be used — or, for a notice, what its reader must know
 * about it: one code each, with the facts its message needs. The zh-CN and en tables (rollup/messages/) word
 * them; the CLI adds how to get past a refusal with a flag.
 */

type None = Readonly<Record<never, never>>;

/** One fiscal year of the units given, with the files of that year. */
export interface YearFiles {
  readonly year: number;
  readonly files: readonly string[];
}

/** One spending-cap profile of a roll-up's units, with the units checked against it (their union names). */
export interface ProfileUnits {
  readonly name: string;
  /** An official rule (a report names it in 书名号) or a reference profile. */
  readonly official: boolean;
  readonly units: readonly string[];
}

export interface RollupIssueParams {
  /** Units of more than one fiscal year, most files first (year 0, not filled in, is left to the findings). */
  readonly mixed_years: { readonly years: readonly YearFiles[] };
  /** The --expect file is not UTF-8 text (a GBK CSV, say). */
  readonly expect_not_utf8: None;
  /** The --expect file's first column is not headed as it must be. */
  readonly expect_header: { readonly expected: string; readonly found: string };
  /**
   * A notice, not a refusal: the units were checked against different profiles (most units first), so their
   * findings rest on different caps. Units whose profile is not recorded (an older roll-up's) are left out.
   */
  readonly mixed_profiles: { readonly profiles: readonly ProfileUnits[] };
}

export type RollupIssueCode = keyof RollupIssueParams;

/** Every code (the message tests walk this list). */
export const ROLLUP_ISSUE_CODES = [
  "mixed_years",
  "expect_not_utf8",
  "expect_header",
  "mixed_profiles",
] as const satisfies readonly RollupIssueCode[];

export type RollupIssueOf<C extends RollupIssueCode> = { readonly code: C; readonly params: RollupIssueParams[C] };
export type RollupIssue = { readonly [C in RollupIssueCode]: RollupIssueOf<C> }[RollupIssueCode];

/** What consolidate refuses. */
export type ConsolidateIssue = RollupIssueOf<"mixed_years">;
/** What a roll-up's reader is told about it (the report, 问题清单, `--json`). */
export type RollupNotice = RollupIssueOf<"mixed_profiles">;
/** What parseExpect refuses. */
export type ExpectIssue = RollupIssueOf<"expect_not_utf8"> | RollupIssueOf<"expect_header">;
