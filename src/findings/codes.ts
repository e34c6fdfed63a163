/**
 * Every finding code with its severity (domain-rules.md). E blocks a clean report unless the clerk
 * gives a written reason; W is advice. Codes marked "extension" are not in domain-rules.md: they
 * name cases the spec leaves to us (see docs/spec-notes.md).
 */
export const Severity = { error: "error", warning: "warning" } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

const E = Severity.error;
const W = Severity.warning;

export const FINDING_SEVERITY = {
  // Every ledger
  sheet_missing: E,
  header_missing: E,
  template_unknown: W,
  template_version_unsupported: E,
  required_missing: E,
  invalid_date: E,
  date_out_of_year: E,
  invalid_number: E,
  negative_amount: E,
  too_many_decimals: E,
  normalized_value: W,
  invalid_option: E,
  duplicate_row: W,
  summary_mismatch: W,
  duplicate_key: E, // extension: 会员编号 is unique in 会员名册 (template-v1.md)
  merged_cell: W, // extension: merged cells in data rows are read as the first cell's value
  formula_error: E, // extension: a cell whose formula evaluates to an error (#REF!, #VALUE!…)
  text_damaged: W, // extension (issue 10): text with bytes that are not UTF-8, read with U+FFFD in their place
  layout_altered: W, // extension (issue 6): a standard template whose protected headers were moved or changed
  // Dues
  dues_mismatch: E,
  dues_exempt_paid: W,
  dues_arrears: W,
  dues_formula_broken: W,
  // Condolences (member_unknown and name_mismatch also apply to 会费台账)
  member_unknown: E,
  member_inactive: E,
  name_mismatch: W,
  festival_missing: E,
  form_forbidden: E,
  cap_exceeded: E,
  festival_cap_exceeded: E,
  repeat_exceeded: W,
  approval_missing: E,
  approval_same_person: W,
  // Activities
  funding_missing: E,
  per_capita_exceeded: W,
  code_mismatch: W,
  forbidden_keyword: W,
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as readonly FindingCode[];
