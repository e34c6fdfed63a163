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
