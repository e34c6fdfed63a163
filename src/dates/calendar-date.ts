/**
 * A calendar date, `YYYY-MM-DD`. Ledgers record days, not instants: keeping dates as strings of
 * their calendar fields means no time zone can move a payment into the previous year.
 */
declare const isoDateBrand: unique symbol;
export type IsoDate = string & { readonly [isoDateBrand]: "IsoDate" };

export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Gregorian month lengths by arithmetic: this runs for every date cell of a 50,000-row ledger. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));
export const monthOf = (d: IsoDate): number => Number(d.slice(5, 7));

/** Readers turn date-formatted serials into Dates at UTC midnight (as exceljs does): read the UTC fields. */
export function isoFromUtcDate(d: Date): IsoDate | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The calendar date of an instant where the program runs (its local time zone): what a clerk's calendar shows
 * today. Read the local fields, never the UTC ones, so a report written at 07:00 in Beijing is not dated yesterday.
 */
export function localIsoDate(d: Date): IsoDate | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Excel serial day (1900 system; serial 60 is Excel's phantom 1900-02-29). */
export function isoFromExcelSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  const days = whole < 60 ? whole - 1 : whole - 2;
  return isoFromUtcDate(new Date(Date.UTC(1900, 0, 1) + days * 86_400_000));
}

export function excelSerialFromIso(d: IsoDate): number {
  const ms = Date.UTC(yearOf(d), monthOf(d) - 1, Number(d.slice(8, 10)));
  return Math.round(ms / 86_400_000) + 25_569;
}

/** The first and last day of each month of a year, January first; cached (rules ask per member). */
const monthBounds = new Map<number, { first: IsoDate[]; last: IsoDate[] }>();
function boundsOf(year: number): { first: IsoDate[]; last: IsoDate[] } {
  let b = monthBounds.get(year);
  if (!b) {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    b = {
      first: months.map((m) => isoDate(year, m, 1) as IsoDate),
      last: months.map((m) => isoDate(year, m, daysInMonth(year, m)) as IsoDate),
    };
    monthBounds.set(year, b);
  }
  return b;
}

export const firstOfMonth = (year: number, month: number): IsoDate => boundsOf(year).first[month - 1] as IsoDate;
export const lastOfMonth = (year: number, month: number): IsoDate => boundsOf(year).last[month - 1] as IsoDate;
