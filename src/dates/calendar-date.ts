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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number): string => n.toString().padStart(2, "0");

export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));
export const monthOf = (d: IsoDate): number => Number(d.slice(5, 7));

/** exceljs turns date-formatted serials into Dates at UTC midnight: read the UTC fields. */
export function isoFromUtcDate(d: Date): IsoDate | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
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

/** The first day of a month of a year. */
export const firstOfMonth = (year: number, month: number): IsoDate => isoDate(year, month, 1) as IsoDate;
export const lastOfMonth = (year: number, month: number): IsoDate =>
  isoDate(year, month, daysInMonth(year, month)) as IsoDate;
