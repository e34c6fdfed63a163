import { isoDate, type IsoDate } from "./calendar-date.js";

// Forms clerks type (template-v1.md, Reading rules): 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日,
// and 20240305. A trailing time ("2024-03-05 00:00:00") is dropped: ledgers are day-based.
const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

export type DateParse = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false };

export function dateFromText(text: string): DateParse {
  const s = text.normalize("NFKC").trim();
  const m = SEPARATED.exec(s) ?? COMPACT.exec(s);
  if (!m) return { ok: false };
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return { ok: false };
  return { ok: true, date };
}

// "3月5日", "3月5号": a date without its year, as clerks type in a ledger whose year is in its title (issue 15).
const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/u;

/** A month and day typed without a year, in the year given (the ledger's 年度); other forms are dateFromText's. */
export function monthDayFromText(text: string, year: number): DateParse {
  const m = MONTH_DAY.exec(text.normalize("NFKC").trim());
  const date = m ? isoDate(year, Number(m[1]), Number(m[2])) : undefined;
  return date ? { ok: true, date } : { ok: false };
}
