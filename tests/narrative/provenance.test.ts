import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { evaluate } from "../../src/narrative/figures.js";
import { changeText, moneyText, percentText } from "../../src/narrative/format.js";
import { rateText } from "../../src/totals/rate-text.js";
import type { Report } from "../../src/report/model.js";
import { figuresOf, paragraphs, plain, reportOf } from "../helpers/report.js";

let a: Analysis;
let report: Report;

beforeAll(async () => {
  const r = await analyzeBytes(new Uint8Array(await readFile("templates/example-2024.xlsx")));
  if (!r.ok) throw new Error(r.error.code);
  a = r.value;
  report = reportOf(a);
});

/** What a figure's text must be, re-derived from its value alone. */
function expectedText(value: number): string[] {
  return [
    moneyText(value),
    percentText(value),
    rateText(value),
    `${value}人`,
    `${value}人次`,
    `${value}次`,
    `${value}处`,
    `${value}笔`,
    `${value}名`,
    `${value}年`,
    changeText(value, 0),
  ];
}

/** The months a text names: "1月至3月、5月" → [1, 2, 3, 5]. */
const monthsIn = (text: string): number[] =>
  text.split("、").flatMap((part) => {
    const [from = NaN, to = from] = part.replace(/月/gu, "").split("至").map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });

describe("every number in the report has a provenance, checked against totals", () => {
  it("each figure's value is what its source gives, and its text shows that value", () => {
    const findingCounts: Record<string, number> = {};
    for (const f of a.findings) {
      findingCounts[f.code] = (findingCounts[f.code] ?? 0) + 1;
      findingCounts[f.severity] = (findingCounts[f.severity] ?? 0) + 1;
    }
    const figures = figuresOf(report);
    expect(figures.length).toBeGreaterThan(30);
    for (const f of figures) {
      if (f.source.kind === "count" && f.source.what === "months without activity") {
        // The months named are the source's paths (all idle months, or those outside the unit's holidays).
        const named = f.source.paths.map((p) => Number(p.split(".").at(-1)) + 1);
        for (const m of named) expect(a.totals.activities.byMonthCount[m - 1]).toBe(0);
        expect(f.value).toBe(named.length);
        expect(f.value > 6 ? [f.text] : monthsIn(f.text)).toEqual(f.value > 6 ? [`${f.value}个月`] : named);
        continue;
      }
      expect(evaluate(f.source, { totals: a.totals, findingCounts }), JSON.stringify(f)).toBe(f.value);
      expect(expectedText(f.value), `${f.text} for ${f.value}`).toContain(f.text);
    }
  });

  it("has no digit outside a figure in any paragraph (every number is accounted for)", () => {
    for (const p of paragraphs(report)) {
      for (const run of p.runs) if (run.kind === "text") expect(run.text, plain(p)).not.toMatch(/[0-9０-９]/);
    }
  });

  it("states the headline figures from totals in narrative.md's units", () => {
    const text = paragraphs(report).map(plain).join("\n");
    expect(text).toContain(`共组织开展各类活动${a.totals.activities.count}次`);
    expect(text).toContain(`${a.totals.activities.participants}人次`);
    expect(text).toContain(moneyText(a.totals.activities.costFen));
    expect(moneyText(a.totals.activities.costFen)).toMatch(/^\d+\.\d\d万元$/);
    expect(text).toContain(`覆盖会员${a.totals.condolences.people}人`);
  });

  it("never repeats a sentence verbatim", () => {
    const sentences = paragraphs(report)
      .flatMap((p) => plain(p).split(/(?<=[。；：])/u))
      .map((s) => s.trim())
      .filter((s) => s.length > 8);
    const seen = new Set<string>();
    for (const s of sentences) {
      expect(seen.has(s), s).toBe(false);
      seen.add(s);
    }
  });

  it("says on page one that the data has errors, and lists them in an appendix", () => {
    const errors = a.findings.filter((f) => f.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(report.notice && plain(report.notice)).toContain(`尚有${errors}处错误`);
    expect(report.appendices.map((s) => s.id)).toEqual(["appendix-totals", "appendix-findings"]);
  });
});
