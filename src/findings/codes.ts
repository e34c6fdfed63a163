/**
 * Every finding code with its severity (domain-rules.md) and category. E blocks a clean report unless the clerk
 * gives a written reason; W is advice. Codes marked "extension" are not in domain-rules.md: they
 * name cases the spec leaves to us (see docs/spec-notes.md).
 */
export const Severity = { error: "error", warning: "warning" } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

const E = Severity.error;
const W = Severity.warning;

/**
 * What a finding is about. `standard` is the spending standards (caps, forms, repeats, per-person
 * limits, forbidden uses): the report counts these as breaches of the standard (narrative.md).
 */
export const FindingCategory = {
  /** The workbook and how it is filled in: template, cells, dates, numbers, required values. */
  record: "record",
  /** Dues owed and paid. */
  dues: "dues",
  /** Whether a payment's member is in the roster, and named as there. */
  members: "members",
  /** The profile's spending standards. */
  standard: "standard",
  /** A payment's paperwork: handler and approver, funding source, expense code. */
  procedure: "procedure",
} as const;
export type FindingCategory = (typeof FindingCategory)[keyof typeof FindingCategory];

export interface FindingSpec {
  readonly severity: Severity;
  readonly category: FindingCategory;
}

const { record, dues, members, standard, procedure } = FindingCategory;

/** Every finding code, with its severity and category. */
export const FINDING_SPECS = {
  // Every ledger
  sheet_missing: { severity: E, category: record },
  header_missing: { severity: E, category: record },
  template_unknown: { severity: W, category: record },
  template_version_unsupported: { severity: E, category: record },
  required_missing: { severity: E, category: record },
  invalid_date: { severity: E, category: record },
  date_out_of_year: { severity: E, category: record },
  invalid_number: { severity: E, category: record },
  negative_amount: { severity: E, category: record },
  number_out_of_range: { severity: E, category: record }, // extension (issue 12): an integer outside its column's range (调资月份 1–12)
  too_many_decimals: { severity: E, category: record },
  normalized_value: { severity: W, category: record },
  invalid_option: { severity: E, category: record },
  duplicate_row: { severity: W, category: record },
  summary_mismatch: { severity: W, category: record },
  duplicate_key: { severity: E, category: record }, // extension: 会员编号 is unique in 会员名册 (template-v1.md)
  merged_cell: { severity: W, category: record }, // extension: merged cells in data rows are read as the first cell's value
  formula_error: { severity: E, category: record }, // extension: a cell whose formula evaluates to an error (#REF!, #VALUE!…)
  text_damaged: { severity: W, category: record }, // extension (issue 10): text with bytes that are not UTF-8, read with U+FFFD in their place
  layout_altered: { severity: W, category: record }, // extension (issue 6): a standard template whose protected headers were moved or changed
  total_row: { severity: W, category: record }, // extension (issue 12): a clerk's 合计 / 小计 row, left out of every record
  // Dues
  dues_mismatch: { severity: E, category: dues },
  dues_exempt_paid: { severity: W, category: dues },
  dues_arrears: { severity: W, category: dues },
  dues_formula_broken: { severity: W, category: dues },
  dues_wage_change_inferred: { severity: W, category: dues },
  dues_catch_up_exceeds_paid: { severity: E, category: dues }, // extension (issue 12): 其中补缴上年 is more than the year's payments
  months_invalid: { severity: E, category: record }, // extension (issue 12): 免缴月份 names no months (“全年”“1-6月”“3月、5月”) // extension (issue 12): a 1.0 workbook's payments show one mid-year pay change (调资)
  // Condolences (member_unknown and name_mismatch also apply to 会费台账)
  member_unknown: { severity: E, category: members },
  member_inactive: { severity: E, category: members },
  name_mismatch: { severity: W, category: members },
  festival_missing: { severity: E, category: record },
  festival_unnamed: { severity: E, category: record }, // extension (issue 12): 节日 is the generic 少数民族节日, not a festival's name
  form_forbidden: { severity: E, category: standard },
  cap_exceeded: { severity: E, category: standard },
  festival_cap_exceeded: { severity: E, category: standard },
  occasion_cap_exceeded: { severity: E, category: standard }, // extension (issue 12): cap_exceeded for one occasion paid in several payments
  repeat_exceeded: { severity: W, category: standard },
  approval_missing: { severity: E, category: procedure },
  approval_same_person: { severity: W, category: procedure },
  // Activities
  funding_missing: { severity: E, category: procedure },
  per_capita_exceeded: { severity: W, category: standard },
  code_mismatch: { severity: W, category: procedure },
  code_set_unverified: { severity: W, category: procedure }, // extension (issue 12 item 10): the 2022 科目 names are not checked against 财会〔2021〕7号
  forbidden_keyword: { severity: W, category: standard },
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDING_SPECS;
export const FINDING_CODES = Object.keys(FINDING_SPECS) as readonly FindingCode[];

/** Each code's severity, typed per code (a Finding's `severity` is known from its `code`). */
export const FINDING_SEVERITY = Object.fromEntries(FINDING_CODES.map((c) => [c, FINDING_SPECS[c].severity])) as {
  readonly [C in FindingCode]: (typeof FINDING_SPECS)[C]["severity"];
};

/** The codes of one category, in the order above. */
export const codesOf = (category: FindingCategory): readonly FindingCode[] =>
  FINDING_CODES.filter((c) => FINDING_SPECS[c].category === category);
