import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/findings/messages/index.js";
import { ROLLUP_ISSUE_CODES, type RollupIssue } from "../../src/rollup/issues.js";
import { ROLLUP_MESSAGES, rollupIssueMessage, type RollupMessageTable } from "../../src/rollup/messages/index.js";

const CJK = /[\u4e00-\u9fff]/u;
/** An English sentence may quote file names and the header the file must hold: take those out. */
const withoutQuoted = (s: string): string => s.replace(/"[^"]*"|\([^)]*\)/gu, "");

const SAMPLES: readonly RollupIssue[] = [
  {
    code: "mixed_years",
    params: {
      years: [
        { year: 2024, files: ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx"] },
        { year: 2023, files: ["old.xlsx"] },
      ],
    },
  },
  { code: "expect_not_utf8", params: {} },
  { code: "expect_header", params: { expected: "工会名称", found: "单位" } },
  {
    code: "mixed_profiles",
    params: {
      profiles: [
        {
          name: "山东省基层工会经费收支管理实施细则",
          official: true,
          units: ["一厂工会", "二厂工会", "三厂工会", "四厂工会", "五厂工会", "六厂工会"],
        },
        { name: "通用参考方案（非官方标准）", official: false, units: ["七厂工会"] },
      ],
    },
  },
];

describe("roll-up messages (src/rollup/messages/)", () => {
  it("has a table for zh-CN and en, each with every code (the mapped type checks it when compiling)", () => {
    const tables: Readonly<Record<Locale, RollupMessageTable>> = ROLLUP_MESSAGES;
    expect(Object.keys(tables).sort()).toEqual(["en", "zh-CN"]);
    for (const table of Object.values(tables))
      expect(Object.keys(table).sort()).toEqual([...ROLLUP_ISSUE_CODES].sort());
    expect(SAMPLES.map((s) => s.code).sort()).toEqual([...ROLLUP_ISSUE_CODES].sort());
  });

  it.each(SAMPLES.map((s) => [s.code, s] as const))(
    "%s reads as Chinese by default and English with en, naming no flag",
    (_code, issue) => {
      const zh = rollupIssueMessage(issue);
      const en = rollupIssueMessage(issue, "en");
      expect(zh).toMatch(CJK);
      expect(zh).toMatch(/。$/u);
      expect(withoutQuoted(en), en).not.toMatch(CJK);
      expect(en).toMatch(/\.$/u);
      for (const m of [zh, en]) expect(m).not.toMatch(/--[a-z]/u);
    },
  );

  it("names the years and at most five files of each", () => {
    const [mixed] = SAMPLES;
    if (!mixed) throw new Error("no sample");
    expect(rollupIssueMessage(mixed)).toBe(
      "这些台账的年度不一致（2024年：a.xlsx、b.xlsx、c.xlsx、d.xlsx、e.xlsx等6个文件；2023年：old.xlsx）。请只汇总同一年度的台账。",
    );
    expect(rollupIssueMessage(mixed, "en")).toBe(
      "These workbooks are of different fiscal years (2024: a.xlsx, b.xlsx, c.xlsx, d.xlsx, e.xlsx and 1 more file; 2023: old.xlsx). Roll up the workbooks of one year only.",
    );
  });

  it("names each profile with at most five of its units", () => {
    const mixed = SAMPLES.find((s) => s.code === "mixed_profiles");
    if (!mixed) throw new Error("no sample");
    expect(rollupIssueMessage(mixed)).toBe(
      "各单位执行的经费标准方案不一致（“山东省基层工会经费收支管理实施细则”：“一厂工会”“二厂工会”“三厂工会”“四厂工会”“五厂工会”等6个单位；“通用参考方案（非官方标准）”：“七厂工会”），各单位台账的检查依据不同的标准，相互比较时请注意。",
    );
    expect(rollupIssueMessage(mixed, "en")).toContain('"七厂工会"');
  });
});
