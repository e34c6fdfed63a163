const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system; 1904-based serials are 1,462 days smaller. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/**
 * A date-formatted serial → the Date exceljs gives for it (utils.excelToDate), so every reader sees
 * the same value whichever loaded the workbook: the serial's wall-clock time taken as UTC, rounded
 * to the millisecond. As in exceljs, serials below 61 are not corrected for the 1900 leap-year bug
 * (ECMA-376 Part 1, §18.17.4.1: 1900-02-29 is serial 60): no ledger date is in early 1900.
 */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * The value of a `t="d"` cell (ECMA-376 Part 1, §18.18.11 ST_CellType "d": an ISO 8601 date and
 * time, §18.17.4.2) → the same kind of Date a date serial gives: the wall-clock date and time as
 * written, taken as UTC (a zone suffix does not move the calendar date a clerk typed). A time alone
 * sits on day 0 (1899-12-30), like a serial below 1. exceljs 4.4 reads these cells as numbers
 * (parseFloat gives the year); this is the reading Excel and LibreOffice give. Undefined when the
 * text is not such a date.
 */
export function dateFromIso(text: string): Date | undefined {
  const t = text.trim();
  const d = ISO_DATE_TIME.exec(t);
  const time = d ? undefined : ISO_TIME.exec(t);
  if (!d && !time) return undefined;
  const [y, mo, day] = d ? [Number(d[1]), Number(d[2]), Number(d[3])] : [1899, 12, 30];
  const clock = d ? d.slice(4) : (time ?? []).slice(1);
  const [h, mi, s] = [Number(clock[0] ?? 0), Number(clock[1] ?? 0), Number(clock[2] ?? 0)];
  const ms = Math.round(Number(`0.${clock[3] ?? "0"}`) * 1000);
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, day, h, mi, s, ms));
  if (y < 100) date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  // Date.UTC rolls 2024-02-30 over into March: such a date does not exist.
  return date.getUTCDate() === day && date.getUTCMonth() === mo - 1 ? date : undefined;
}
