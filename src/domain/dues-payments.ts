import { fen, type Fen } from "../money/fen.js";
import { DUES_MONTHS, duesMonthKey } from "../layout/sheets/dues.js";

// Rules and totals both ask for a row's payments; a row's values never change once read.
const paymentsOf = new WeakMap<object, readonly Fen[]>();

/** Months (1–12) paid, in 分, January first. */
export function monthlyPayments(values: Readonly<Record<string, unknown>>): readonly Fen[] {
  let paid = paymentsOf.get(values);
  if (!paid) {
    paid = DUES_MONTHS.map((m) => {
      const v = values[duesMonthKey(m)];
      return typeof v === "number" ? (v as Fen) : fen(0);
    });
    paymentsOf.set(values, paid);
  }
  return paid;
}
