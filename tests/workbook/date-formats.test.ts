import { describe, expect, it } from "vitest";
import { isDateFormatCode, isDateFormatId } from "../../src/workbook/xlsx/date-formats.js";

describe("which number formats are dates (one rule for the CLI's reader and the Excel pane)", () => {
  it("reads the built-in date ids and the East Asian locale built-ins as dates", () => {
    for (const id of [14, 15, 17, 22, 27, 31, 36, 50, 57, 58])
      expect(isDateFormatId(id, new Map()), String(id)).toBe(true);
    for (const id of [0, 1, 4, 9, 37, 49, 59, 164]) expect(isDateFormatId(id, new Map()), String(id)).toBe(false);
  });

  it("lets the workbook's own format for an id decide", () => {
    expect(isDateFormatId(164, new Map([[164, 'yyyy"年"m"月"d"日"']]))).toBe(true);
    expect(isDateFormatId(164, new Map([[164, '0.00"元"']]))).toBe(false);
  });

  it.each([
    ["yyyy-mm-dd", true],
    ["[$-804]yyyy年m月d日", true],
    ["[h]:mm", true],
    ["#,##0.00", false],
    ['[Red]"d"0', false],
    ["@", false],
  ] as const)("%s → %s", (code, date) => expect(isDateFormatCode(code)).toBe(date));
});
