/**
 * The in-memory ledger (memory-ledger.ts), which the rule, narrative and roll-up tests analyse
 * instead of a written .xlsx, reads EXACTLY like the file buildTemplate + fillWorkbook write: for
 * each dataset below, every cell, size and merged range of every sheet the readers look at, and the
 * whole analysis (findings, tally, totals, ledger, profile). The datasets are cleanData and the kinds
 * of change the tests make to it: rows added and removed, every kind of value fillWorkbook is given
 * (ISO dates, serial numbers and Dates in date and other columns, booleans, blank text, null over a
 * template formula or a prefilled 基本信息 value), other profiles and dues rules, a template made for
 * one profile analysed against another, and more rows than the template prepares.
 *
 * `UL_LEDGER_CROSSCHECK=1 npx vitest run` makes every analyzeData of the suite check the same.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../src/analysis/analyze.js";
import type { Profile } from "../../src/profiles/profile.js";
import type { FillData, FillRow } from "../../src/template/fill.js";
import { loadWorkbookSource } from "../../src/workbook/load.js";
import { SHEET_NAMES } from "../../src/layout/template-layout.js";
import { analyzeData, analyzeDataViaFile, cleanData, ledgerBytes, months, profileById, YEAR } from "./ledger.js";
import { memoryLedger } from "./memory-ledger.js";
import { diffAnalyses, diffSources } from "./memory-ledger-diff.js";

type Data = ReturnType<typeof cleanData>;

const READ_SHEETS = [
  SHEET_NAMES.basicInfo,
  SHEET_NAMES.members,
  SHEET_NAMES.dues,
  SHEET_NAMES.activities,
  SHEET_NAMES.condolences,
  SHEET_NAMES.summary,
  SHEET_NAMES.meta,
];
const TEMPLATE = { fiscalYear: YEAR, generatedAt: "2024-12-31T00:00:00.000Z", generator: "test" };

function edited(f: (d: Data) => void): Data {
  const d = cleanData();
  f(d);
  return d;
}
const rows = (d: Data, sheet: string): FillRow[] => {
  const r = d.sheets[sheet];
  if (!r) throw new Error(`no ${sheet}`);
  return r;
};

/** A profile of another code set and dues rule, as an upper union's profile file may give. */
const custom: Profile = {
  ...profileById("default"),
  id: "custom-test",
  name: "测试方案",
  codeSystem: "2022",
  dues: { rate: 0.01, truncationYuan: 1 },
};

interface Case {
  readonly name: string;
  readonly data: FillData;
  /** The template's profile (and the analysis' unless `profile` is given). */
  readonly template?: Profile;
  readonly profile?: Profile;
}

const CASES: readonly Case[] = [
  { name: "the clean ledger", data: cleanData() },
  { name: "an empty template", data: {} },
  { name: "basic information only", data: { info: cleanData().info } },
  {
    name: "last year's clean ledger (年度 2023)",
    data: { ...cleanData(), info: { ...cleanData().info, fiscalYear: 2023 } },
  },
  {
    name: "rows added and removed, errors of every reader kind",
    data: edited((d) => {
      rows(d, "会员名册").push(
        { memberId: "M004", name: "赵六", gender: "未知", joinDate: "2024年13月1日", status: "在职" },
        { memberId: "M004", name: "重复" },
      );
      rows(d, "会费台账").splice(1, 1);
      rows(d, "会费台账").push({ memberId: "M009", wage: "五千", ...months(30, 3, 4) }, { name: "只有姓名" });
      rows(d, "活动台账").push({
        seq: 2,
        date: "2023-12-31",
        name: "跨年活动",
        category: "游园",
        participants: 2.5,
        cost: -10,
        handler: "周干事",
        approver: "周干事",
      });
      rows(d, "慰问金台账").push({
        seq: 3,
        date: "2024-09-17",
        memberId: "M003",
        reason: "节日慰问",
        festival: "中秋节",
        form: "购物卡",
        amount: 100000000000,
      });
    }),
  },
  {
    name: "every kind of value: serials and Dates in date and other columns, booleans, blank text, numbers as text",
    data: edited((d) => {
      rows(d, "会员名册").push(
        {
          memberId: "M010",
          name: "数字日期",
          joinDate: 40179,
          status: "在职",
          statusDate: new Date(Date.UTC(2024, 2, 1, 12, 30)),
        },
        {
          memberId: new Date(Date.UTC(2024, 4, 1)),
          name: true,
          gender: false,
          department: "   ",
          joinDate: "2010-3-1",
          status: 1,
        },
        {
          memberId: 12345,
          name: "  前后空格  ",
          joinDate: new Date(Date.UTC(1999, 11, 31)),
          status: "已转出",
          statusDate: "2024-06-30",
          remark: "第一行\n第二行",
        },
      );
      rows(d, "活动台账").push({
        seq: "3",
        date: 45400.75,
        name: "小数日期",
        category: "文体活动",
        participants: "20",
        cost: "1,500.00",
        funding: "工会经费",
        handler: "甲",
        approver: "乙",
      });
      rows(d, "慰问金台账").push({
        seq: 3,
        date: "2024-02-30",
        memberId: "M001",
        name: "张三",
        reason: "生日慰问",
        form: "实物",
        amount: 0.005,
        remark: "",
      });
    }),
  },
  {
    name: "null over the template's formulas and over a prefilled 年度 and 科目体系",
    data: edited((d) => {
      Object.assign(d.info, {
        fiscalYear: null,
        codeSystem: null,
        filedOn: "2025-01-10",
        budgetIncome: 20000,
        employer: "某公司",
      });
      const dues = rows(d, "会费台账");
      dues[0] = { ...dues[0], monthlyDue: null, paidTotal: 271.8 };
      dues[1] = { ...dues[1], paidTotal: null, remark: "全年一次缴清" };
    }),
  },
  {
    name: "another built-in profile (festival caps by festival)",
    data: cleanData(),
    template: profileById("guizhou-example"),
  },
  {
    name: "a profile of another code set and dues rule",
    data: edited((d) => Object.assign(d.info, { profileId: "custom-test", codeSystem: "2022" })),
    template: custom,
  },
  {
    name: "a template of one profile analysed against another",
    data: cleanData(),
    template: profileById("beijing-2019"),
    profile: profileById("anhui-2018"),
  },
  {
    name: "more 会费台账 rows than the template prepares (formulas copied down)",
    data: edited((d) => {
      const dues = rows(d, "会费台账");
      for (let i = dues.length; i < 3_003; i++)
        dues.push(i % 500 === 0 ? { memberId: `X${i}`, wage: 3000 + i, ...months(15, 2) } : {});
    }),
  },
];

describe("the in-memory ledger reads exactly like the written file", () => {
  it.for(CASES)("$name", async ({ data, template, profile }) => {
    const bytes = await ledgerBytes(data, template);
    const loaded = loadWorkbookSource(bytes);
    if (!loaded.ok) throw new Error(loaded.error.code);
    const memory = memoryLedger(data, template ?? profileById("default"), TEMPLATE);
    expect(diffSources(memory, loaded.value, READ_SHEETS)).toEqual([]);

    // analyzeBytes(bytes) is loadWorkbookSource(bytes), then analyzeWorkbook of what it loaded.
    const options = profile ? { profile } : {};
    const viaFile = analyzeWorkbook(loaded.value, options);
    const inMemory = analyzeWorkbook(memory, options);
    if (!viaFile.ok || !inMemory.ok) throw new Error("input error");
    expect(diffAnalyses(inMemory.value, viaFile.value)).toEqual([]);
    expect(inMemory.value.findings).toEqual(viaFile.value.findings);
    expect(inMemory.value.totals).toEqual(viaFile.value.totals);
  });

  it("analyzeData and analyzeDataViaFile agree, with the template's and an upper union's profile", async () => {
    const d = cleanData();
    rows(d, "慰问金台账").push({
      seq: 3,
      date: "2024-10-01",
      memberId: "M003",
      name: "王五",
      reason: "节日慰问",
      festival: "国庆节",
      form: "实物",
      amount: 1200,
    });
    for (const options of [
      {},
      { profile: profileById("beijing-2019") },
      { templateProfile: profileById("guizhou-example"), profile: profileById("default") },
    ]) {
      const a = await analyzeData(d, options);
      const b = await analyzeDataViaFile(d, options);
      expect(diffAnalyses(a, b)).toEqual([]);
      expect(a.findings.length).toBeGreaterThan(0);
    }
  });

  it("refuses what it does not model, naming the cell, instead of guessing how the file would read", () => {
    const p = profileById("default");
    const bad: readonly FillRow[string][] = [
      { formula: "1+1", result: 2 },
      { richText: [{ text: "富文本" }] },
      { error: "#N/A" },
      "a\r\nb",
      "_x0041_",
      Number.NaN,
      new Date(Number.NaN),
    ];
    for (const v of bad) {
      expect(() => memoryLedger({ sheets: { 活动台账: [{ name: v }] } }, p, TEMPLATE), String(v)).toThrow(
        /活动台账!C3/,
      );
    }
  });
});
