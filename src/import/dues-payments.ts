import { displayText, EMPTY, type RawCell } from "../cells/raw-cell.js";
import { monthOf, yearOf, type IsoDate } from "../dates/calendar-date.js";
import { monthsFromText } from "../dates/month-list.js";
import { dateFromText } from "../dates/parse-date.js";
import { duesMonthKey } from "../layout/sheets/dues.js";
import { fen, fenToYuanString, type Fen } from "../money/fen.js";
import { cellAddress } from "../workbook/address.js";
import type { SourceColumn, SourceRow } from "./read-rows.js";
import type { ChangedValue } from "./report.js";

/** A member's row of 会费台账 made from their payments: cells by column key. */
export type GridRow = Readonly<Record<string, RawCell>>;

interface Period {
  readonly months: readonly number[];
  readonly year: number | undefined;
}

/** 所属月份 as a date, a month number, "1-3月", "2024年1-3月", "全年"; undefined when it says no month. */
function periodOf(c: RawCell | undefined, payDate: IsoDate | undefined): Period | undefined {
  if (c?.type === "date") {
    const iso = c.value.toISOString().slice(0, 10) as IsoDate;
    return { months: [monthOf(iso)], year: yearOf(iso) };
  }
  if (c?.type === "number" && Number.isInteger(c.value) && c.value >= 1 && c.value <= 12)
    return { months: [c.value], year: undefined };
  const text = c?.type === "string" ? c.value.normalize("NFKC").trim() : "";
  if (text) {
    const date = dateFromText(text);
    if (date.ok) return { months: [monthOf(date.date)], year: yearOf(date.date) };
    const y = /^(\d{4})\s*[年.\-/]\s*/u.exec(text);
    const list = monthsFromText(y ? text.slice(y[0].length) : text);
    return list.ok && list.months.length > 0 ? { months: list.months, year: y ? Number(y[1]) : undefined } : undefined;
  }
  return payDate ? { months: [monthOf(payDate)], year: yearOf(payDate) } : undefined;
}

/**
 * Split an amount over months in whole 分: each month gets the same, and the 分 left over go one each to the earliest
 * months (100.00 over 3 months → 33.34, 33.33, 33.33), so the months always add up to the amount paid.
 */
export function spreadFen(amount: Fen, months: number): Fen[] {
  const base = Math.floor(amount / months);
  const rest = amount - base * months;
  return Array.from({ length: months }, (_, i) => fen(base + (i < rest ? 1 : 0)));
}

const yuanText = (f: number): string => `${fenToYuanString(fen(f))}元`;

/**
 * Dues kept one row per payment → 会费台账's month grid, one row per member in order of first payment. A payment
 * goes to the months it is for (所属月份), split evenly in 分 (spreadFen), or to the month it was paid when it names
 * none; a payment for last year goes to the month paid and into 其中补缴上年; one for another year, or one whose
 * amount or months cannot be read, is placed in no month and named in `unplaced` (its row is kept in 备注). Every
 * payment, its date and its other columns are written into the member's 备注, so nothing is lost.
 */
export function duesGrid(
  sheet: string,
  columns: readonly SourceColumn[],
  rows: readonly SourceRow[],
  year: number | undefined,
): { rows: GridRow[]; changes: ChangedValue[]; unplaced: ChangedValue[] } {
  const at = (key: string): number => columns.findIndex((c) => c.spec?.key === key);
  const idAt = at("memberId");
  const nameAt = at("name");
  const amountAt = at("amount");
  const members = new Map<string, { name?: RawCell; months: number[]; catchUp: number; notes: string[] }>();
  const changes: ChangedValue[] = [];
  const unplaced: ChangedValue[] = [];
  for (const r of rows) {
    const cell = (i: number): RawCell => r.values[i]?.cell ?? EMPTY;
    const text = (i: number): string => displayText(cell(i)).trim();
    const id = text(idAt) || text(nameAt);
    const m = members.get(id) ?? { months: new Array<number>(12).fill(0), catchUp: 0, notes: [] };
    members.set(id, m);
    if (!m.name && cell(nameAt).type !== "empty") m.name = cell(nameAt);
    const payDate = r.values[at("payDate")]?.value as IsoDate | undefined;
    const amount = r.values[amountAt]?.value;
    const shownPeriod = text(at("period"));
    const period = periodOf(cell(at("period")), payDate);
    const place = {
      sheet,
      cell: cellAddress(r.row, columns[amountAt]?.col ?? 1),
      column: columns[amountAt]?.header ?? "金额",
    };
    const shownAmount = typeof amount === "number" ? yuanText(amount) : text(amountAt);
    // The member's 备注 keeps every payment as it was recorded, with the columns the grid has no place for.
    const kept = columns.flatMap((c, i) => (c.spec || !text(i) ? [] : [`${c.header}:${text(i)}`]));
    m.notes.push(
      [payDate ? `${payDate}缴` : "", shownPeriod, shownAmount, text(at("remark")), ...kept].filter(Boolean).join(" "),
    );
    if (typeof amount !== "number" || !period) {
      unplaced.push({ ...place, from: `${shownPeriod} ${shownAmount}`.trim(), to: "" });
      continue;
    }
    const payMonth = payDate ? monthOf(payDate) : 1;
    if (period.year !== undefined && year !== undefined && period.year !== year) {
      if (period.year === year - 1) {
        m.months[payMonth - 1] = (m.months[payMonth - 1] ?? 0) + amount;
        m.catchUp += amount;
        changes.push({ ...place, from: `${shownPeriod} ${yuanText(amount)}`, to: `${payMonth}月（其中补缴上年）` });
      } else unplaced.push({ ...place, from: `${shownPeriod} ${yuanText(amount)}`, to: "" });
      continue;
    }
    const parts = spreadFen(fen(amount), period.months.length);
    period.months.forEach((month, i) => (m.months[month - 1] = (m.months[month - 1] ?? 0) + (parts[i] ?? 0)));
    if (period.months.length > 1 || (shownPeriod === "" && payDate))
      changes.push({
        ...place,
        from: `${shownPeriod || payDate} ${yuanText(amount)}`.trim(),
        to: period.months.map((mo, i) => `${mo}月${yuanText(parts[i] ?? 0)}`).join("、"),
      });
  }
  const grid = [...members].map(([id, m]) => {
    const row: Record<string, RawCell> = {
      memberId: { type: "string", value: id },
      remark: { type: "string", value: m.notes.join("；") },
    };
    if (m.name) row["name"] = m.name;
    m.months.forEach((f, i) => {
      if (f !== 0) row[duesMonthKey(i + 1)] = { type: "number", value: f / 100 };
    });
    if (m.catchUp !== 0) row["catchUp"] = { type: "number", value: m.catchUp / 100 };
    return row;
  });
  return { rows: grid, changes, unplaced };
}
