/**
 * Months of the year a clerk writes in one cell (免缴月份, template 1.1): 全年; 1-6月, 1月—6月,
 * 1至6月; 3月、5月; 3,5月; full-width digits and spaces as typed. Ranges and single months may be
 * mixed ("1-3月、10月"). The result is sorted, without repeats; an unreadable text is not guessed at.
 */
export type MonthList = { readonly ok: true; readonly months: readonly number[] } | { readonly ok: false };

const WHOLE_YEAR = /^(全年|1-12月?|全年度|本年度?)$/u;
const PART = /^(\d{1,2})月?(?:[-—–~至到](\d{1,2})月?)?(?:份)?$/u;

export function monthsFromText(text: string): MonthList {
  // NFKC makes full-width digits and punctuation plain (１－６月 → 1-6月, ～ → ~).
  const s = text.normalize("NFKC").replace(/\s+/gu, "").replace(/月份$/u, "月");
  if (s === "") return { ok: true, months: [] };
  if (WHOLE_YEAR.test(s)) return { ok: true, months: Array.from({ length: 12 }, (_, i) => i + 1) };
  const months = new Set<number>();
  for (const part of s.split(/[、,;，；]/u)) {
    const m = PART.exec(part);
    if (!m) return { ok: false };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 12 || from > to) return { ok: false };
    for (let month = from; month <= to; month++) months.add(month);
  }
  return { ok: true, months: [...months].sort((a, b) => a - b) };
}
