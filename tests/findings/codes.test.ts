import { describe, expect, it } from "vitest";
import { FINDING_CODES, FINDING_SEVERITY, FINDING_SPECS, FindingCategory, codesOf } from "../../src/findings/codes.js";
import { STANDARD_CODES } from "../../src/narrative/sections/finance.js";

describe("finding codes declare their severity and category", () => {
  it("gives every code a category, and the severity the spec gives", () => {
    const categories: readonly string[] = Object.values(FindingCategory);
    for (const code of FINDING_CODES) {
      expect(categories).toContain(FINDING_SPECS[code].category);
      expect(FINDING_SEVERITY[code]).toBe(FINDING_SPECS[code].severity);
    }
    expect(Object.keys(FINDING_SEVERITY)).toEqual(FINDING_CODES);
  });

  it("derives the report's breaches of the spending standard from the category", () => {
    expect(STANDARD_CODES).toEqual(codesOf(FindingCategory.standard));
    expect([...STANDARD_CODES].sort()).toEqual([
      "cap_exceeded",
      "festival_cap_exceeded",
      "forbidden_keyword",
      "form_forbidden",
      "occasion_cap_exceeded",
      "per_capita_exceeded",
      "repeat_exceeded",
    ]);
  });

  it("puts every code in exactly one category", () => {
    const all = Object.values(FindingCategory).flatMap((c) => codesOf(c));
    expect([...all].sort()).toEqual([...FINDING_CODES].sort());
  });
});
