/**
 * The mistakes a profile file can have: one code per mistake, with the facts its message needs.
 * The schema (file-format.ts) names the code each of its checks reports; the zh-CN and en tables
 * (profiles/messages/) turn a code and its params into a sentence.
 */

/** Which amount an amount problem is about (the reason or festival comes from the path). */
export type MoneyField =
  | { readonly of: "festivalPerMember" }
  | { readonly of: "festival"; readonly festival: string }
  | { readonly of: "otherFestivals" }
  | { readonly of: "cap"; readonly reason: string }
  | { readonly of: "raisedCap"; readonly reason: string }
  | { readonly of: "perCapita" };
export type MoneyOf = MoneyField["of"];

type None = Readonly<Record<never, never>>;

export interface ProblemParams {
  readonly not_json: { readonly detail: string };
  readonly not_object: None;
  readonly unknown_field: { readonly field: string; readonly fields: readonly string[] };
  readonly schema_ref: None;
  readonly format_version: None;
  readonly id: None;
  readonly text_required: { readonly field: "name" | "issuer" | "source" };
  readonly year: None;
  readonly official: None;
  readonly festivals: { readonly examples: readonly string[] };
  readonly festivals_duplicate: { readonly duplicates: readonly string[] };
  readonly festival: None;
  readonly festival_shape: None;
  readonly festival_caps: None;
  readonly festival_unlisted: { readonly festival: string };
  readonly festival_share: None;
  readonly money_not_number: { readonly money: MoneyField };
  readonly money_negative: { readonly money: MoneyField; readonly value: number; readonly positive: boolean };
  readonly money_decimals: { readonly money: MoneyField; readonly value: number };
  readonly money_too_large: { readonly money: MoneyField; readonly value: number };
  readonly caps: None;
  readonly caps_festival: None;
  readonly caps_reason: { readonly reason: string; readonly reasons: readonly string[] };
  readonly cap_shape: { readonly reason: string };
  readonly raised_shape: None;
  readonly raised_not_higher: None;
  readonly raised_when: None;
  readonly repeats: None;
  readonly repeats_reason: { readonly reason: string; readonly reasons: readonly string[] };
  readonly repeats_limit: None;
  readonly repeats_ever: None;
  readonly per_capita: None;
  readonly per_capita_item: None;
  readonly per_capita_label: None;
  readonly per_capita_category: { readonly categories: readonly string[] };
  readonly per_capita_name: None;
  readonly per_capita_match: None;
  readonly per_capita_per_day: None;
  readonly dues: None;
  readonly dues_rate: None;
  readonly dues_truncation: None;
  readonly retention_ratio: None;
  readonly code_system: None;
  /** A check that names no problem (a mistake in the schema, not in the file): said generically. */
  readonly invalid: None;
}

export type ProblemCode = keyof ProblemParams;

/** Every code, in the order the schema checks them (the message tests walk this list). */
export const PROBLEM_CODES = [
  "not_json",
  "not_object",
  "unknown_field",
  "schema_ref",
  "format_version",
  "id",
  "text_required",
  "year",
  "official",
  "festivals",
  "festivals_duplicate",
  "festival",
  "festival_shape",
  "festival_caps",
  "festival_unlisted",
  "festival_share",
  "money_not_number",
  "money_negative",
  "money_decimals",
  "money_too_large",
  "caps",
  "caps_festival",
  "caps_reason",
  "cap_shape",
  "raised_shape",
  "raised_not_higher",
  "raised_when",
  "repeats",
  "repeats_reason",
  "repeats_limit",
  "repeats_ever",
  "per_capita",
  "per_capita_item",
  "per_capita_label",
  "per_capita_category",
  "per_capita_name",
  "per_capita_match",
  "per_capita_per_day",
  "dues",
  "dues_rate",
  "dues_truncation",
  "retention_ratio",
  "code_system",
  "invalid",
] as const satisfies readonly ProblemCode[];

/** One problem of one code, with its params. */
export type ProblemOf<C extends ProblemCode> = { readonly code: C; readonly params: ProblemParams[C] };
export type ProblemData = { readonly [C in ProblemCode]: ProblemOf<C> }[ProblemCode];

/**
 * One mistake in a profile file: where (a JSON path such as `caps.生日慰问` or `perCapita[0].capYuan`,
 * `$` for the whole file), which mistake and its facts; `problemMessage` (messages/) says what to
 * change in plain words.
 */
export type ProfileProblem = ProblemData & { readonly path: string };

/**
 * The message a schema check leaves on its issue: the problem code, and for an amount which one
 * (`money_negative@cap`). Read back by `readTag`.
 */
export const tag = (code: ProblemCode, of?: MoneyOf): string => (of === undefined ? code : `${code}@${of}`);

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);
const MONEY_OFS: ReadonlySet<string> = new Set<MoneyOf>([
  "festivalPerMember",
  "festival",
  "otherFestivals",
  "cap",
  "raisedCap",
  "perCapita",
]);

export function readTag(message: string): { readonly code: ProblemCode; readonly of?: MoneyOf } {
  const [code = "", of] = message.split("@");
  if (!CODES.has(code)) return { code: "invalid" };
  return of !== undefined && MONEY_OFS.has(of)
    ? { code: code as ProblemCode, of: of as MoneyOf }
    : { code: code as ProblemCode };
}
