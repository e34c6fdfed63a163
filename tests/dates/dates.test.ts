import { describe, expect, it } from "vitest";
import {
  excelSerialFromIso,
  isoDate,
  isoFromExcelSerial,
  isoFromUtcDate,
  type IsoDate,
} from "../../src/dates/calendar-date.js";
import { dateFromText } from "../../src/dates/parse-date.js";

describe("calendar dates", () => {
  it.each([
    "2024-03-05",
    "2024/3/5",
    "2024.3.5",
    "2024年3月5日",
    "2024 年 3 月 5 日",
    "20240305",
    "2024-03-05 00:00:00",
    "２０２４－０３－０５",
  ])("reads %s as 2024-03-05", (text) => expect(dateFromText(text)).toMatchObject({ ok: true, date: "2024-03-05" }));

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "3/5/2024", "昨天", "2024"])("refuses %s", (text) => {
    expect(dateFromText(text).ok).toBe(false);
  });

  it("converts Excel serials both ways, leap years and the phantom 1900-02-29 included", () => {
    expect(isoFromExcelSerial(45356)).toBe("2024-03-05");
    expect(isoFromExcelSerial(45351)).toBe("2024-02-29");
    expect(isoFromExcelSerial(1)).toBe("1900-01-01");
    expect(isoFromExcelSerial(61)).toBe("1900-03-01");
    expect(isoFromExcelSerial(60)).toBeUndefined();
    expect(excelSerialFromIso("2024-03-05" as IsoDate)).toBe(45356);
  });

  it("takes a date's UTC fields, so no time zone moves a payment across a day or year", () => {
    expect(isoFromUtcDate(new Date(Date.UTC(2024, 11, 31)))).toBe("2024-12-31");
    expect(isoFromUtcDate(new Date(Date.UTC(2025, 0, 1, 0, 0, 0)))).toBe("2025-01-01");
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });
});
