import { describe, expect, it } from "vitest";
import { monthsFromText } from "../../src/dates/month-list.js";

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe("monthsFromText (免缴月份)", () => {
  it.each([
    ["全年", ALL],
    ["1-12月", ALL],
    ["1-6月", [1, 2, 3, 4, 5, 6]],
    ["1月-6月", [1, 2, 3, 4, 5, 6]],
    ["1月—3月", [1, 2, 3]],
    ["7至9月", [7, 8, 9]],
    ["１０～１２月", [10, 11, 12]],
    ["3月、5月", [3, 5]],
    ["3,5月", [3, 5]],
    ["5月，3月", [3, 5]],
    ["1-3月、10月", [1, 2, 3, 10]],
    [" 6 月份 ", [6]],
    ["", []],
  ])("reads %j", (text, months) => {
    expect(monthsFromText(text)).toEqual({ ok: true, months });
  });

  it.each(["困难", "13月", "0月", "6-3月", "上半年", "2024年", "3月5日", "1-6月免缴"])(
    "does not guess at %j",
    (text) => {
      expect(monthsFromText(text)).toEqual({ ok: false });
    },
  );
});
