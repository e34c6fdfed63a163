import { describe, expect, it } from "vitest";
import { isDateNumberFormat } from "../../src/dates/number-format.js";

describe("isDateNumberFormat", () => {
  it.each(["yyyy-mm-dd", "yyyy/m/d", "m/d/yy", "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy年m月d日", "d-mmm-yy", "h:mm:ss", "[h]:mm", "yyyy-mm-dd;@", "mm-dd"])(
    "%s shows a date or time",
    (f) => expect(isDateNumberFormat(f)).toBe(true),
  );
  it.each(["General", "", "0", "0.00", "#,##0.00", "¥#,##0.00;[Red]-¥#,##0.00", "\"days\"0", "0.00_);(0.00)", "@", "[Red]0", "0\\d"])(
    "%s does not",
    (f) => expect(isDateNumberFormat(f)).toBe(false),
  );
});
