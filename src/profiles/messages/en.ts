import type { MoneyField } from "../problems.js";
import type { ProblemMessageTable } from "./types.js";

// Reasons, categories and festivals stay in Chinese: they are the values the file must hold.
const amount = (m: MoneyField): string => {
  switch (m.of) {
    case "festivalPerMember":
      return "The festival-gift cap per member per year";
    case "festival":
      return `The festival-gift cap for "${m.festival}"`;
    case "otherFestivals":
      return "The festival-gift cap for other festivals";
    case "cap":
      return `The cap per payment for "${m.reason}"`;
    case "raisedCap":
      return `The raised cap for "${m.reason}"`;
    case "perCapita":
      return "The per-person limit";
  }
};

/** A value the file must hold, quoted as in JSON. */
const q = (s: string): string => `"${s}"`;
const list = (xs: readonly string[]): string => xs.map(q).join(", ");

const TEXT_FIELDS = {
  name: "the profile's name",
  issuer: "the upper union that issues it",
  source: "the document it rests on, with its number",
} as const;

export const en: ProblemMessageTable = {
  not_json: ({ detail }) =>
    `Not valid JSON: ${detail}. Check that commas, quotes and brackets are in place and in pairs.`,
  not_object: () => "The profile file must be one object { … } at the top level.",
  unknown_field: ({ field, fields }) =>
    `Unknown field "${field}", perhaps misspelt; the fields are: ${fields.join(", ")}.`,
  schema_ref: () => "$schema must be text (the address of this file format); the line may also be removed.",
  format_version: () => "formatVersion must be 1 (the profile file format this program reads).",
  id: () => 'id must be lower-case letters, digits and hyphens, e.g. "xx-district-2025".',
  text_required: ({ field }) => `Fill in "${field}" (${TEXT_FIELDS[field]}) as non-empty text.`,
  year: () => "year must be a four-digit year, e.g. 2025.",
  official: () => "official must be true (an official standard) or false (a reference profile).",
  festivals: ({ examples }) =>
    `festivals must list the festivals for which gifts may be paid, e.g. ${JSON.stringify(examples)}; name each ethnic-minority festival approved at autonomous-region level or above (古尔邦节…); the bare "少数民族节日" names none.`,
  festivals_duplicate: ({ duplicates }) => `festivals lists a festival twice: ${list(duplicates)}.`,
  festival: () =>
    "festival (the festival-gift cap) is missing; it takes one of three shapes: perMemberYear, perFestival, pool.",
  festival_shape: () =>
    "festival.shape must be perMemberYear (per member per year), perFestival (per festival) or pool (a share of the budget).",
  festival_caps: () => 'festival.capsYuan must give each festival\'s cap, e.g. {"春节": 500}.',
  festival_unlisted: ({ festival }) => `"${festival}" is not in the festivals list; add it to festivals first.`,
  festival_share: () =>
    "festival.shareOfBudgetedIncome must be a share between 0 and 1, e.g. 0.5 for at most 50% of the year's budgeted income.",
  money_not_number: ({ money }) => `${amount(money)} must be a number in yuan, e.g. 300, without quotes or "元".`,
  money_negative: ({ money, value, positive }) =>
    `${amount(money)} must ${positive ? "be greater than 0" : "not be negative"}; it is ${value}.`,
  money_decimals: ({ money, value }) =>
    `${amount(money)} may have at most 2 decimals (exact to the fen); it is ${value}.`,
  money_too_large: ({ money, value }) => `${amount(money)} is too large (${value}); check the number of digits.`,
  caps: () => 'caps (the cap per payment for each reason, in yuan) is missing, e.g. {"生日慰问": 300}.',
  caps_festival: () => "The festival-gift cap (节日慰问) belongs in festival, not in caps.",
  caps_reason: ({ reason, reasons }) => `"${reason}" is not a reason for a payment; use one of: ${list(reasons)}.`,
  cap_shape: ({ reason }) => `The cap for "${reason}" must be a number in yuan, or {"capYuan": …}.`,
  raised_shape: () => 'raised must look like {"capYuan": 1000, "whenRemarkIncludes": "手术"}.',
  raised_not_higher: () => "The raised cap must be higher than the ordinary cap.",
  raised_when: () => 'Say which words in the remark (备注) allow the raised cap, e.g. "手术".',
  repeats: () => 'repeats (how many times per member per year) is missing, e.g. {"生日慰问": 1}.',
  repeats_reason: ({ reason, reasons }) => `"${reason}" is not a reason for a payment; use one of: ${list(reasons)}.`,
  repeats_limit: () =>
    'The number of times must be a whole number of at least 1, or {"limit": 1, "ever": true} (once in a lifetime).',
  repeats_ever: () => "ever must be true or false.",
  per_capita: () => "perCapita must be an array (write [] when there are no per-person limits).",
  per_capita_item: () => 'Each entry must look like {"label": …, "category": …, "capYuan": …, "perDay": …}.',
  per_capita_label: () => "Fill in label (the limit's name, e.g. 春秋游).",
  per_capita_category: ({ categories }) => `category must be one of the activity categories: ${list(categories)}.`,
  per_capita_name: () =>
    'nameIncludes must be words found in the activity\'s name (text, in quotes), e.g. "工作餐"; remove it to match by category only.',
  per_capita_match: () =>
    "Give at least category (the activity category) or nameIncludes (words in the activity's name).",
  per_capita_per_day: () => "perDay must be true (per person per day) or false (per person per activity).",
  dues: () => 'dues (the dues standard) is missing, e.g. {"rate": 0.005, "truncationYuan": 10}.',
  dues_rate: () => "dues.rate must be the dues rate as a decimal: 0.5% is written 0.005.",
  dues_truncation: () => "dues.truncationYuan must be the part of the wage (in yuan) that is not counted, usually 10.",
  retention_ratio: () => "retentionRatio must be a decimal between 0 and 1, e.g. 0.6 (60% kept).",
  code_system: () => 'codeSystem must be "2017" or "2022" (in quotes).',
  invalid: () => "This value does not fit the profile file format (see schemas/profile.schema.json).",
};
