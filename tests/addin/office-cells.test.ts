import { describe, expect, it } from "vitest";
import { parseAreas } from "../../addin/host/excel/merged-areas.js";
import { officeCell } from "../../addin/host/excel/office-cells.js";
import { excelSerialFromIso, type IsoDate } from "../../src/dates/calendar-date.js";

const day = (iso: string): { type: "date"; value: Date } => ({ type: "date", value: new Date(`${iso}T00:00:00Z`) });
const serial = (iso: string): number => excelSerialFromIso(iso as IsoDate);

describe("officeCell: Office.js values + number formats → the readers' cells", () => {
  it.each([
    ["yyyy-mm-dd", serial("2024-04-20"), day("2024-04-20")],
    ["yyyy/m/d", 45_292, day("2024-01-01")],
    ['yyyy"年"m"月"d"日"', 45_657, day("2024-12-31")],
    ["[$-804]yyyy年m月d日", serial("2024-04-20"), day("2024-04-20")],
    ["m/d/yyyy h:mm", serial("2024-04-20") + 0.75, day("2024-04-20")], // the time of day is not kept: ledgers record days
    ["[h]:mm", 1.5, day("1900-01-01")], // elapsed time formats count as dates (date-formats.ts)
  ])("a number formatted %s is a date", (format, value, expected) => {
    expect(officeCell(value, format)).toEqual(expected);
  });

  it.each([
    ["General", 45_400],
    ["#,##0.00", 1_500],
    ['0.00"元"', 12.5],
    ["@", 7],
    ['[Red]"d"0', 3], // quoted and bracketed letters are not date tokens
  ])("a number formatted %s stays a number", (format, value) => {
    expect(officeCell(value, format)).toEqual({ type: "number", value });
  });

  it("keeps Excel's phantom 1900-02-29 and out-of-range serials as numbers", () => {
    expect(officeCell(60, "yyyy-mm-dd")).toEqual({ type: "number", value: 60 });
    expect(officeCell(3_000_000, "yyyy-mm-dd")).toEqual({ type: "number", value: 3_000_000 });
  });

  it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!"])(
    "%s is an error",
    (e) => {
      expect(officeCell(e, "General")).toEqual({ type: "error", value: e });
    },
  );

  it("reads blanks as empty and keeps text and booleans", () => {
    expect(officeCell("", "General")).toEqual({ type: "empty" });
    expect(officeCell("   ", "@")).toEqual({ type: "empty" });
    expect(officeCell(null, "General")).toEqual({ type: "empty" });
    expect(officeCell("#N/A 备注", "@")).toEqual({ type: "string", value: "#N/A 备注" });
    expect(officeCell("0012", "@")).toEqual({ type: "string", value: "0012" });
    expect(officeCell(true, "General")).toEqual({ type: "boolean", value: true });
  });

  it("carries a formula (from range.formulas) next to its result, without '='", () => {
    expect(officeCell(56.6, "#,##0.00", "=ROUND(C3*0.005,2)")).toEqual({
      type: "number",
      value: 56.6,
      formula: "ROUND(C3*0.005,2)",
    });
    expect(officeCell("", "#,##0.00", '=IF(C4="","",1)')).toEqual({ type: "empty", formula: 'IF(C4="","",1)' });
    expect(officeCell("#DIV/0!", "General", "=1/0")).toEqual({ type: "error", value: "#DIV/0!", formula: "1/0" });
    // `formulas` repeats a constant, text starting with "=" included.
    expect(officeCell(12, "General", 12)).toEqual({ type: "number", value: 12 });
    expect(officeCell("=不是公式", "@", "=不是公式")).toEqual({ type: "string", value: "=不是公式" });
  });
});

describe("parseAreas: RangeAreas.address → merged ranges", () => {
  it("reads quoted and unquoted sheet names, absolute references and spaces after commas", () => {
    expect(parseAreas("'活动台账'!A1:M1, '活动台账'!$B$5:$C$5,活动台账!D9")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 13, label: "A1:M1" },
      { top: 5, left: 2, bottom: 5, right: 3, label: "B5:C5" },
      { top: 9, left: 4, bottom: 9, right: 4, label: "D9" },
    ]);
  });

  it("does not split inside a quoted sheet name holding commas, quotes or '!'", () => {
    expect(parseAreas("'台账,2024'!A1:B2,'台账,2024'!AA10:AB11")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2, label: "A1:B2" },
      { top: 10, left: 27, bottom: 11, right: 28, label: "AA10:AB11" },
    ]);
    expect(parseAreas("'张三''s, 台账!'!C3:D4")).toEqual([{ top: 3, left: 3, bottom: 4, right: 4, label: "C3:D4" }]);
  });

  it("ignores what is not an area", () => {
    expect(parseAreas("")).toEqual([]);
    expect(parseAreas("Sheet1!#REF!")).toEqual([]);
  });
});
