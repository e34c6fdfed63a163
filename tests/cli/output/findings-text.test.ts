import { describe, expect, it } from "vitest";
import { findingsText } from "../../../src/cli/output/findings-text.js";
import { analyzeData, cleanData, profileById } from "../../helpers/ledger.js";

// Issue 12 item 11: `validate` names the profile by its Chinese name; "default方案" is never Chinese.
describe("validate's text header", () => {
  it("names the profile, keeps the id as the id, and says any unofficial profile is not a standard", async () => {
    const zh = findingsText("x.xlsx", await analyzeData(cleanData()), "zh-CN", false);
    expect(zh).toContain("经费标准方案：通用参考方案（非官方标准）（标识 default）");
    expect(zh).toContain("注意：本方案不是任何地区的正式标准，请以上级工会规定为准。");
    expect(zh).not.toMatch(/default\s*方案/u);
    const example = await analyzeData(cleanData(), { profile: profileById("guizhou-example") });
    expect(findingsText("x.xlsx", example, "zh-CN", false)).toContain("注意：本方案不是任何地区的正式标准");
    const en = findingsText("x.xlsx", await analyzeData(cleanData()), "en", false);
    expect(en).toContain("default (通用参考方案（非官方标准）)");
    expect(en).toContain("Note: this profile is not an official standard.");
  });
});
