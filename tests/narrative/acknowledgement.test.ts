/**
 * The clerk's reason for writing a report while the ledger has errors (the add-in's acknowledgement) is written
 * where a reader sees it: in page 1's notice, after the count of errors; and the controls' hashes cover it, so a
 * refresh with the same reason counts the notice as not edited.
 */
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/narrative/build.js";
import { controlTexts } from "../../src/docx/units.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { plain, TEST_SOURCE } from "../helpers/report.js";

/** The clean ledger with one error: an activity category not in the list. */
async function withOneError() {
  const data = cleanData();
  const sheets = data.sheets as Record<string, Record<string, unknown>[]>;
  const first = sheets["活动台账"]?.[0];
  if (first) first["category"] = "游园";
  return analyzeData(data);
}

describe("the acknowledgement in page 1's notice", () => {
  it("quotes the reason after the count of errors, with its closing punctuation once", async () => {
    const a = await withOneError();
    expect(a.tally.errors).toBeGreaterThan(0);
    const notice = (reason?: string) => {
      const r = buildReport(
        a,
        reason === undefined ? { source: TEST_SOURCE } : { source: TEST_SOURCE, acknowledgement: reason },
      );
      return r.notice ? plain(r.notice) : "";
    };
    const without = notice();
    expect(without).toContain(`尚有${a.tally.errors}处错误未更正`);
    expect(without).not.toContain("原因");
    expect(notice("  区总工会要求先报初稿。 ")).toBe(`${without}在错误更正前生成本总结的原因：区总工会要求先报初稿。`);
    expect(notice("先报初稿；")).toMatch(/原因：先报初稿。$/);
    // Blank or whitespace: nothing added.
    expect(notice("   ")).toBe(without);
  });

  it("is ignored when the ledger has no errors", async () => {
    const a = await analyzeData(cleanData());
    expect(a.tally.errors).toBe(0);
    const r = buildReport(a, { source: TEST_SOURCE, acknowledgement: "初稿" });
    expect(r.notice ? plain(r.notice) : "").not.toContain("初稿");
  });

  it("is part of the notice control's text, which the link hashes", async () => {
    const a = await withOneError();
    const r = buildReport(a, { source: TEST_SOURCE, acknowledgement: "初稿" });
    const notice = controlTexts(r).find((u) => u.tag === "union-ledger:notice");
    expect(notice?.text).toContain("在错误更正前生成本总结的原因：初稿。");
  });
});
