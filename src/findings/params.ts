import type { Fen } from "../money/fen.js";

/** What each code carries besides its place; messages are rendered from these. */
export interface FindingParams {
  readonly sheet_missing: Record<string, never>;
  readonly header_missing: { readonly header: string };
  readonly template_unknown: Record<string, never>;
  readonly template_version_unsupported: { readonly version: string; readonly supportedMajor: number };
  readonly required_missing: { readonly header: string };
  readonly invalid_date: { readonly header: string };
  readonly date_out_of_year: { readonly date: string; readonly year: number };
  readonly invalid_number: { readonly header: string; readonly expected: "money" | "integer" | "year" };
  readonly negative_amount: { readonly header: string; readonly min: number };
  readonly number_out_of_range: { readonly header: string; readonly min: number; readonly max: number };
  readonly too_many_decimals: { readonly header: string };
  readonly normalized_value: { readonly header: string; readonly normalized: string };
  readonly invalid_option: { readonly header: string; readonly options: readonly string[] };
  readonly duplicate_row: { readonly firstRow: number };
  readonly summary_mismatch: { readonly label: string; readonly cached: string; readonly computed: string };
  readonly duplicate_key: { readonly key: string; readonly firstRow: number };
  readonly merged_cell: { readonly range: string };
  readonly formula_error: { readonly header: string; readonly error: string };
  readonly text_damaged: { readonly header: string };
  readonly layout_altered: { readonly moved: readonly string[]; readonly hashChanged: boolean };
  readonly total_row: {
    /** How it was recognised (workbook/total-row.ts): its label, a SUM over the column above, or numbers equal to the sums above. */
    readonly basis: "label" | "formula" | "sum";
    /** The label as typed (合计, 3月小计…); null when the row has none. */
    readonly label: string | null;
  };
  readonly dues_mismatch: {
    readonly memberId: string;
    readonly expectedFen: Fen;
    readonly paidFen: Fen;
    readonly owedMonths: readonly number[];
    readonly noDuesRow: boolean;
    /** Months the member is 在职 but exempt (免缴月份, template 1.1): left out of `owedMonths`. */
    readonly exemptMonths: readonly number[];
    /** 其中补缴上年: paid in the year for last year, left out of `paidFen`. */
    readonly catchUpFen: Fen;
    /** 调资月份 when the clerk stated a pay change; the expected dues follow it. */
    readonly wageChangeMonth: number | null;
  };
  readonly dues_catch_up_exceeds_paid: { readonly memberId: string; readonly catchUpFen: Fen; readonly paidFen: Fen };
  readonly months_invalid: { readonly header: string };
  readonly code_set_unverified: { readonly codeSet: string };
  readonly dues_exempt_paid: { readonly memberId: string; readonly month: number; readonly status: string };
  readonly dues_arrears: { readonly memberId: string; readonly fromMonth: number; readonly toMonth: number };
  readonly dues_formula_broken: {
    readonly header: string;
    readonly expected: string;
    readonly found: string;
    readonly formulaOk: boolean;
  };
  /** domain/wage-change.ts: two runs of payments, the other run's wage inferred. */
  readonly dues_wage_change_inferred: {
    readonly memberId: string;
    readonly firstMonth: number;
    readonly lastMonth: number;
    /** The first month paid at the second amount. */
    readonly fromMonth: number;
    readonly dueBeforeFen: Fen;
    readonly dueAfterFen: Fen;
    /** Which run the recorded 计缴工资 gives. */
    readonly recorded: "before" | "after";
    /** The least wage whose dues are the other run's amount. */
    readonly inferredWageFen: Fen;
  };
  readonly member_unknown: { readonly memberId: string };
  readonly member_inactive: {
    readonly memberId: string;
    readonly date: string;
    readonly from: string | null;
    readonly until: string | null;
  };
  readonly name_mismatch: { readonly memberId: string; readonly rosterName: string; readonly name: string };
  readonly festival_missing: { readonly festival: string | null };
  /** The 少数民族节日 the profile names (profiles/festivals.ts); none when it names none. */
  readonly festival_unnamed: { readonly listed: readonly string[] };
  readonly form_forbidden: { readonly reason: string; readonly form: string; readonly allowed: readonly string[] };
  readonly cap_exceeded: {
    readonly reason: string;
    readonly capFen: Fen;
    readonly amountFen: Fen;
    /** The profile's id (`default`) for machines; `profileName` for sentences (通用参考方案…), here and below. */
    readonly profile: string;
    readonly profileName: string;
  };
  /** cap_exceeded for an occasion paid in several payments (domain/occasions.ts), their sum above the cap. */
  readonly occasion_cap_exceeded: {
    readonly memberId: string;
    readonly reason: string;
    /** What one occasion of the reason covers: payments within this many days of its first, or null for the year. */
    readonly withinDays: number | null;
    readonly capFen: Fen;
    readonly totalFen: Fen;
    /** Every worksheet row of the occasion, ascending. */
    readonly rows: readonly number[];
    readonly profile: string;
    readonly profileName: string;
  };
  readonly festival_cap_exceeded: {
    /** The profile's festival-cap shape (profiles/profile.ts; the rule passes it, so a new shape must be named here). */
    readonly shape: "perMemberYear" | "perFestival" | "pool";
    readonly memberId: string | null;
    readonly festival: string | null;
    readonly capFen: Fen;
    readonly totalFen: Fen;
    readonly profile: string;
    readonly profileName: string;
  };
  readonly repeat_exceeded: {
    readonly memberId: string;
    readonly reason: string;
    readonly limit: number;
    readonly count: number;
    readonly ever: boolean;
  };
  readonly approval_missing: { readonly header: string };
  readonly approval_same_person: { readonly person: string };
  readonly funding_missing: Record<string, never>;
  readonly per_capita_exceeded: {
    readonly label: string;
    readonly perCapitaFen: Fen;
    readonly capFen: Fen;
    readonly days: number;
    readonly profile: string;
    readonly profileName: string;
  };
  readonly code_mismatch: {
    readonly code: string;
    readonly codeSystem: string;
    readonly category: string;
    readonly expected: string | null;
  };
  readonly forbidden_keyword: { readonly keyword: string; readonly header: string };
}
