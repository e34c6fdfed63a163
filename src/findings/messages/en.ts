import { fen, fenToGrouped, fenToPlainYuan, fenToYuanString } from "../../money/fen.js";
import type { FindingParams } from "../params.js";
import type { MessageTable } from "./types.js";

const yuan = (f: number): string => `¥${fenToPlainYuan(fen(f))}`;
/** An amount the reader normalized (parse-cell.ts writes "39.60元") in this table's money style: "¥39.60". */
const yuanOf = (normalized: string): string => normalized.replace(/^(-?\d+(?:\.\d+)?)元$/u, "¥$1");
const list = (ms: readonly number[]): string => (ms.length ? ms.join(", ") : "none");

type FestivalCapParams = FindingParams["festival_cap_exceeded"];

/** festival_cap_exceeded in the words of each festival-cap shape. */
const perMember = ({ memberId, festival, capFen, totalFen, profile }: FestivalCapParams): string =>
  `Member ${memberId ?? ""}${festival ? ` (${festival})` : ""}: festival gifts ${yuan(totalFen)} exceed ${yuan(capFen)} (profile ${profile}).`;
const festivalCap = {
  perMemberYear: perMember,
  perFestival: perMember,
  pool: ({ capFen, totalFen, profile }) =>
    `Festival gifts total ${yuan(totalFen)}, above the pool of ${yuan(capFen)} (profile ${profile}).`,
} satisfies { readonly [S in FestivalCapParams["shape"]]: (p: FestivalCapParams) => string };

export const en: MessageTable = {
  sheet_missing: (_, p) => `Sheet "${p.sheet}" is missing. Use the standard template or add the sheet back.`,
  header_missing: ({ header }, p) =>
    `Column header "${header}" not found in the first 5 rows of "${p.sheet}". Restore it.`,
  template_unknown: () =>
    "This workbook was not made from the standard template (no _meta sheet); it was read by its headers.",
  template_version_unsupported: ({ version, supportedMajor }) =>
    `Template version ${version} is newer than this program understands (${supportedMajor}.x). Update the program.`,
  required_missing: ({ header }) => `"${header}" must not be empty.`,
  invalid_date: ({ header }, p) => `"${header}" holds "${p.value ?? ""}", which is not a date (use e.g. 2024-03-05).`,
  date_out_of_year: ({ date, year }) => `Date ${date} is outside the reporting year ${year}.`,
  invalid_number: ({ header, expected }, p) =>
    `"${header}" holds "${p.value ?? ""}", which is not a valid ${expected === "money" ? "amount" : expected === "year" ? "year" : "whole number"}.`,
  negative_amount: ({ header, min }) =>
    min > 0 ? `"${header}" must be greater than 0.` : `"${header}" must not be negative.`,
  number_out_of_range: ({ header, min, max }, p) =>
    `"${header}" holds "${p.value ?? ""}"; it must be a whole number from ${min} to ${max}.`,
  too_many_decimals: ({ header }, p) =>
    `"${header}" value "${p.value ?? ""}" has more than 2 decimals; amounts are exact to the fen.`,
  normalized_value: ({ header, normalized }, p) =>
    `"${header}" value "${p.value ?? ""}" is text; read as ${yuanOf(normalized)}. Enter it as a number or date.`,
  invalid_option: ({ header, options }, p) =>
    `"${header}" value "${p.value ?? ""}" is not allowed; choose one of: ${options.join(", ")}.`,
  duplicate_row: ({ firstRow }) => `Same content as row ${firstRow}; possibly entered twice.`,
  summary_mismatch: ({ label, cached, computed }) =>
    `Summary "${label}" shows ${cached}; the ledgers give ${computed}. Recalculate or check text-typed values.`,
  duplicate_key: ({ key, firstRow }) =>
    `Member number "${key}" repeats row ${firstRow}; member numbers must be unique.`,
  merged_cell: ({ range }) =>
    `Merged cells ${range} in the data area were read as their first cell's value; unmerge them.`,
  formula_error: ({ header, error }) => `"${header}" holds the error ${error}; fix the formula or type the value.`,
  text_damaged: ({ header }, p) =>
    `"${header}" value "${p.value ?? ""}" holds bytes that are not text (shown as �): the file may have been damaged; check the cell and type it again.`,
  layout_altered: ({ moved, hashChanged }, p) =>
    `The protected layout of "${p.sheet}" was changed${moved.length ? ` (${moved.join(", ")})` : ""}${hashChanged ? " (layout stamp differs)" : ""}; read by headers. Consider union-ledger upgrade.`,
  total_row: ({ basis, label }, p) =>
    `Row ${p.row ?? ""} is a total row (${basis === "label" ? `"${label ?? ""}"` : basis === "formula" ? "it sums the column above" : "its numbers are the sums of the rows above"}); it is left out of every total. Delete it: the summary sheet totals the ledger itself, and this row makes it count twice.`,
  dues_mismatch: ({
    memberId,
    expectedFen,
    paidFen,
    owedMonths,
    noDuesRow,
    exemptMonths,
    catchUpFen,
    wageChangeMonth,
  }) => {
    if (noDuesRow)
      return `Member ${memberId} owes dues for months ${list(owedMonths)} but has no row in the dues ledger.`;
    const basis = [
      wageChangeMonth !== null ? `new wage from month ${wageChangeMonth}` : "",
      exemptMonths.length > 0 ? `exempt months ${list(exemptMonths)} not owed` : "",
      catchUpFen > 0 ? `${yuan(catchUpFen)} for last year left out` : "",
    ].filter(Boolean);
    const head = `Member ${memberId} paid ${yuan(paidFen)} but owes ${yuan(expectedFen)} (months ${list(owedMonths)}${basis.length ? `; ${basis.join(", ")}` : ""})`;
    return paidFen > expectedFen
      ? `${head}: ${yuan(paidFen - expectedFen)} paid over, to be refunded or credited to next year.`
      : `${head}.`;
  },
  dues_exempt_paid: ({ memberId, month, status }) =>
    `Member ${memberId} was "${status}" in month ${month} and owes no dues, yet a payment is recorded.`,
  dues_arrears: ({ memberId, fromMonth, toMonth }) =>
    `Member ${memberId} paid nothing in months ${fromMonth}–${toMonth} and nothing later covers them.`,
  dues_formula_broken: ({ header, expected, found, formulaOk }) =>
    formulaOk
      ? `"${header}" shows ${found} but the row gives ${expected}; check for amounts typed as text.`
      : `"${header}" should be the template formula (giving ${expected}); found ${found}.`,
  dues_wage_change_inferred: (c) =>
    `Member ${c.memberId} paid ¥${fenToYuanString(c.dueBeforeFen)} a month in months ${c.firstMonth}–${c.fromMonth - 1} and ¥${fenToYuanString(c.dueAfterFen)} in months ${c.fromMonth}–${c.lastMonth}: a pay change from month ${c.fromMonth} is inferred (wage ${c.recorded === "after" ? "before" : "after"} it about ¥${fenToGrouped(c.inferredWageFen).replace(/\.00$/, "")}). State it in the columns 调资月份 and 调资后计缴工资(元) (upgrade a 1.0 workbook to template 1.1 first) and check 计缴工资.`,
  member_unknown: ({ memberId }) => `Member number "${memberId}" is not in the roster.`,
  member_inactive: ({ memberId, date }) => `${memberId} was not a member on ${date}.`,
  name_mismatch: ({ memberId, rosterName, name }) =>
    `Name "${name}" differs from the roster's "${rosterName}" for ${memberId}.`,
  festival_missing: ({ festival }) =>
    festival === null ? "A festival gift needs a festival." : `"${festival}" is not a statutory festival.`,
  festival_unnamed: ({ listed }) =>
    `"少数民族节日" names no festival: write the festival's name. Festival gifts are for the statutory festivals and ethnic-minority festivals approved at autonomous-region level or above; ${
      listed.length > 0
        ? `the profile names ${listed.join(", ")}.`
        : "the profile names none, so the upper union must list the festival in its profile first."
    }`,
  form_forbidden: ({ reason, form, allowed }) =>
    `${reason} may not be given as ${form}; allowed: ${allowed.join(", ")}.`,
  cap_exceeded: ({ reason, capFen, amountFen, profile }) =>
    `${reason} is capped at ${yuan(capFen)} per payment (profile ${profile}); this row is ${yuan(amountFen)}.`,
  occasion_cap_exceeded: ({ memberId, reason, withinDays, capFen, totalFen, rows, profile }) =>
    `Member ${memberId}: ${rows.length} payments of ${reason} ${withinDays === null ? "in the year" : `within ${withinDays} days`} (rows ${rows.join(", ")}) are one occasion, together ${yuan(totalFen)}, above the cap of ${yuan(capFen)} per occasion (profile ${profile}).`,
  festival_cap_exceeded: (p) => festivalCap[p.shape](p),
  repeat_exceeded: ({ memberId, reason, limit, count, ever }) =>
    `Member ${memberId}: ${reason} #${count}, above the limit of ${limit}${ever ? "" : " per year"}.`,
  approval_missing: ({ header }) => `"${header}" is empty: every payment needs a handler and an approver.`,
  approval_same_person: ({ person }) => `Handler and approver are both "${person}".`,
  funding_missing: () => "An activity with a cost needs a funding source.",
  per_capita_exceeded: ({ label, perCapitaFen, capFen, profile }) =>
    `${label}: ${yuan(perCapitaFen)} per person, above ${yuan(capFen)} (profile ${profile}).`,
  code_mismatch: ({ code, codeSystem, category, expected }) =>
    expected === null
      ? `Code "${code}" is not in the ${codeSystem} code set.`
      : `Code "${code}" does not fit category "${category}"; expected "${expected}".`,
  dues_catch_up_exceeds_paid: ({ memberId, catchUpFen, paidFen }) =>
    `Member ${memberId}: the catch-up for last year (${yuan(catchUpFen)}) is more than all payments of the year (${yuan(paidFen)}); it must be part of a month's payment.`,
  months_invalid: ({ header }, p) =>
    `"${header}" holds "${p.value ?? ""}", which names no months; write e.g. 全年, 1-6月 or 3月、5月.`,
  code_set_unverified: ({ codeSet }) =>
    `Code set ${codeSet}: its item names are the 2017 ones, not yet checked against the 2022 union accounting system (财会〔2021〕7号); the expense-code checks are advice only.`,
  forbidden_keyword: ({ keyword, header }) => `"${header}" mentions "${keyword}", which union funds may not pay for.`,
};
