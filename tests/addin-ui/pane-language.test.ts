import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chartInLocale } from "../../addin/ui/i18n/chart-text.js";
import { count, yuan } from "../../addin/ui/i18n/english.js";
import { STRINGS } from "../../addin/ui/i18n/strings.js";
import { Typeset } from "../../addin/ui/i18n/typeset.js";
import { chartSpecs } from "../../src/charts/spec.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";

const HAN = /\p{Script=Han}/u;

describe("the pane's English", () => {
  it("counts in the singular for 1 and the plural otherwise", () => {
    expect([count(0, "error"), count(1, "error"), count(2, "error")]).toEqual(["0 errors", "1 error", "2 errors"]);
    expect(STRINGS.en.sheetGroup("活动台账", 1, 4)).toBe("活动台账 (1 error, 4 warnings)");
    expect(STRINGS.en.summary(1, 1)).toBe("1 error, 1 warning");
  });

  it("writes money as the English findings do, grouped by thousands, whole yuan without .00", () => {
    expect([yuan(45_100), yuan(3_960), yuan(12_793_210), yuan(-150)]).toEqual([
      "¥451",
      "¥39.60",
      "¥127,932.10",
      "-¥1.50",
    ]);
    expect(STRINGS["zh-CN"].money(12_860_000)).toBe("12.86万元");
  });

  it("names every chart, its series, axes and months in English; other categories stay the workbook's", async () => {
    const a = await analyzeData(cleanData());
    const specs = chartSpecs(a.totals);
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) {
      const en = chartInLocale(spec, "en");
      const words = [en.title, en.description, ...en.series.map((s) => s.name), ...en.axes];
      expect(
        words.filter((w) => HAN.test(w.replace(new RegExp(spec.categories.join("|"), "gu"), ""))),
        spec.id,
      ).toEqual([]);
      if (spec.role === "monthly") expect(en.categories.filter((c) => HAN.test(c))).toEqual([]);
      else expect(en.categories).toEqual(spec.categories);
      expect(chartInLocale(spec, "zh-CN")).toBe(spec);
    }
  });
});

describe("Typeset", () => {
  const spans = (text: string): string[] =>
    [...renderToStaticMarkup(createElement(Typeset, { text })).matchAll(/<span[^>]*>([^<]*)<\/span>/gu)].map(
      (m) => m[1] ?? "",
    );

  it("keeps each number with its unit, each date and each amount in one unbreakable piece", () => {
    expect(spans("287人（在职256人），实缴12.79万元，收缴率99.9%")).toEqual(["287人", "256人", "12.79万元", "99.9%"]);
    expect(spans("日期 2023-12-28 不在 2024年5月4日 之间")).toEqual(["2023-12-28", "2024年5月4日"]);
    expect(spans("paid ¥127,932.10 of ¥451")).toEqual(["¥127,932.10", "¥451"]);
  });

  it("leaves the text as it was", () => {
    const text = "会员 GH00012 全年实缴451元，按计缴工资应缴492元（应缴月份：1—12月）";
    expect(renderToStaticMarkup(createElement(Typeset, { text })).replace(/<[^>]+>/gu, "")).toBe(text);
  });
});
