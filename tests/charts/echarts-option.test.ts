import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_FONT_FAMILY, echartsOption, labelRotation, labelWidth } from "../../src/charts/echarts-option.js";
import { chartSpecs, PALETTE } from "../../src/charts/spec.js";
import { handTotals, specById } from "./fixtures.js";

const specs = chartSpecs(handTotals());

describe("echartsOption", () => {
  it("maps the activities chart: categories with data, a bar on the left axis and a line on the right", () => {
    const option = echartsOption(specById(specs, "activities-by-category"));
    expect(option.title.text).toBe("各类活动开展情况");
    expect(option.xAxis.type).toBe("category");
    // 劳动竞赛 has count 0, so chartSpecs leaves it out; the order is the totals' order.
    expect(option.xAxis.data).toEqual(["文体活动", "职代会与民主管理"]);
    expect(option.legend.data).toEqual(["活动次数", "活动费用（元）"]);
    expect(option.series.map((s) => [s.type, s.name, s.yAxisIndex, s.data])).toEqual([
      ["bar", "活动次数", 0, [3, 2]],
      ["line", "活动费用（元）", 1, [3000, 500.5]],
    ]);
    expect(option.yAxis.map((a) => [a.type, a.name, a.position])).toEqual([
      ["value", "次", "left"],
      ["value", "元", "right"],
    ]);
  });

  it("colours every series from the spec (palette, item and line colour)", () => {
    for (const spec of specs) {
      const option = echartsOption(spec);
      const colors = spec.series.map((s) => s.color);
      expect(option.color).toEqual(colors);
      option.series.forEach((s, i) => {
        expect(s.itemStyle?.color).toBe(colors[i]);
        if (s.type === "line") expect(s.lineStyle?.color).toBe(colors[i]);
      });
    }
    expect(echartsOption(specById(specs, "spending-by-month")).color).toEqual([PALETTE[0], PALETTE[2]]);
  });

  it("has one value axis when the spec names one, and turns animation off", () => {
    const option = echartsOption(specById(specs, "dues-by-month"));
    expect(option.yAxis.map((a) => a.name)).toEqual(["元"]);
    expect(option.series.map((s) => s.type)).toEqual(["line", "bar"]);
    expect(option.animation).toBe(false);
    expect(option.aria.label?.description).toContain("应缴与实缴");
  });

  it("adds a right axis for a series on axis 1 even when spec.axes names only one (ECharts throws otherwise)", () => {
    const base = specById(specs, "dues-by-month");
    const spec = {
      ...base,
      axes: ["元"],
      series: base.series.map((s, i) => ({ ...s, axis: i === 0 ? (1 as const) : (0 as const) })),
    };
    expect(echartsOption(spec).yAxis).toHaveLength(2);
  });

  it("shows every category label, slanted when they do not fit", () => {
    const months = echartsOption(specById(specs, "spending-by-month"));
    expect(months.xAxis.axisLabel).toMatchObject({ interval: 0, rotate: 0 });
    const long = Array.from({ length: 10 }, (_, i) => `职代会与民主管理${i}`);
    expect(labelRotation(long, 640)).toBe(45);
    expect(labelRotation(long.slice(0, 2), 640)).toBe(0);
    expect(
      labelRotation(
        Array.from({ length: 60 }, () => "长标签长标签"),
        640,
      ),
    ).toBe(90);
    expect(labelWidth("10月")).toBeCloseTo(12 * 0.6 * 2 + 12);
  });

  it("uses one font family for all text: a CJK default, or the caller's", () => {
    const spec = specById(specs, "condolences-by-reason");
    expect(echartsOption(spec).textStyle.fontFamily).toBe(DEFAULT_FONT_FAMILY);
    expect(DEFAULT_FONT_FAMILY).toMatch(/^'Noto Sans CJK SC'/);
    const option = echartsOption(spec, { fontFamily: "Test Family" });
    expect([
      option.textStyle.fontFamily,
      option.title.textStyle?.fontFamily,
      option.legend.textStyle?.fontFamily,
    ]).toEqual(["Test Family", "Test Family", "Test Family"]);
  });

  it("is pure: only type imports, so the browser pane can bundle it", async () => {
    const source = await readFile(new URL("../../src/charts/echarts-option.ts", import.meta.url), "utf8");
    const imports = source.match(/^import[^;]*;/gms) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
    expect(source).not.toMatch(/\b(require|process|window|document)\s*[.(]/);
  });
});
