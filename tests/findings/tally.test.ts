/**
 * A ledger wrong in the same way on thousands of rows keeps the first MAX_KEPT_PER_CODE findings
 * of that code and counts the rest: the counts, the exit code, the JSON, the text and the report
 * all say how many there are, and memory stays bounded (bench/worst.mjs measures it).
 */
import { describe, expect, it } from "vitest";
import { findingsJson } from "../../src/cli/output/findings-json.js";
import { findingsText } from "../../src/cli/output/findings-text.js";
import { MAX_KEPT_PER_CODE } from "../../src/findings/tally.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { reportOf } from "../helpers/report.js";

describe("findings past the kept number of one code", () => {
  it("are counted everywhere, listed up to the limit, and said to be unlisted", async () => {
    const data = cleanData();
    const extra = MAX_KEPT_PER_CODE + 150;
    // Each payment names a member the roster does not have: one member_unknown error a row.
    data.sheets["慰问金台账"] = Array.from({ length: extra }, (_, i) => ({
      seq: i + 1,
      date: "2024-03-10",
      memberId: `X${i}`,
      name: "某某",
      reason: "生病住院",
      form: "现金",
      amount: 100,
      handler: "周干事",
      approver: "王主席",
    }));
    const a = await analyzeData(data);
    const listed = a.findings.filter((f) => f.code === "member_unknown").length;
    expect([listed, a.tally.byCode.member_unknown, a.tally.omitted]).toEqual([MAX_KEPT_PER_CODE, extra, 150]);
    expect(a.tally.errors).toBe(a.findings.filter((f) => f.severity === "error").length + 150);
    expect(a.tally.bySheet["慰问金台账"]?.errors).toBeGreaterThanOrEqual(extra);

    const json = findingsJson("x.xlsx", a, "zh-CN") as { errors: number; omitted: number; findings: unknown[] };
    expect([json.errors, json.omitted, json.findings.length]).toEqual([a.tally.errors, 150, a.findings.length]);
    expect(findingsText("x.xlsx", a, "zh-CN", true)).toContain(`共发现 ${a.tally.errors} 个错误`);
    expect(findingsText("x.xlsx", a, "zh-CN", true)).toContain("其中 150 条只计数、未逐条列出");

    const report = reportOf(a);
    const appendix = report.appendices.find((s) => s.id === "appendix-findings");
    const note = appendix?.blocks.at(-1);
    expect(note?.kind === "paragraph" && note.runs.map((r) => r.text).join("")).toContain(
      "另有同类错误150处未逐条列出",
    );
  }, 60_000);
});
