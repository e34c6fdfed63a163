import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { importLedger } from "../../src/import/import.js";
import type { ImportOutcome } from "../../src/import/import.js";
import { ACTIVITIES, CONDOLENCES, d, fenOf, ROSTER, sum, workbookOf } from "./clerk-workbooks.js";

const STAMP = { generatedAt: "2025-01-10T00:00:00.000Z", generator: "test" } as const;

async function imported(
  bytes: Uint8Array,
  options: { year?: number; unionName?: string } = {},
): Promise<ImportOutcome> {
  const done = await importLedger(bytes, { ...STAMP, ...options });
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return done.value;
}

async function totalsOf(bytes: Uint8Array) {
  const a = await analyzeBytes(bytes);
  if (!a.ok) throw new Error(a.error.code);
  return a.value;
}

const activityCostFen = sum(ACTIVITIES.map((a) => fenOf(a[4])));
const activityPeople = sum(ACTIVITIES.map((a) => a[3]));
const condolenceFen = sum(CONDOLENCES.map((c) => fenOf(c[5])));

describe("import: title rows and a merged title (style 1)", () => {
  const roster = {
    name: "会员花名册",
    merges: ["A1:G1"],
    rows: [
      ["某某公司工会会员花名册", null, null, null, null, null, null],
      ["序号", "姓名", "会员号", "性别", "部门", "身份证号", "会籍状态"],
      ...ROSTER.map((m, i) => [i + 1, m[1], m[0], m[2], m[3], `11010119800101${String(i).padStart(4, "0")}`, m[4]]),
    ],
  };
  const activities = {
    name: "活动记录",
    merges: ["A1:I1", "A2:I2"],
    rows: [
      ["某某公司工会2024年活动记录", null, null, null, null, null, null, null, null],
      ["填报单位：某某公司工会（盖章）        金额单位：元", null, null, null, null, null, null, null, null],
      ["序号", "活动时间", "活动名称", "活动类别", "参加人数", "支出金额（元）", "经办人", "审批人", "备注"],
      ...ACTIVITIES.map((a, i) => [i + 1, d(a[0]), a[1], a[2], a[3], a[4], "赵敏", "孙主席", null]),
      [null, null, null, null, null, null, null, null, null],
      ["合计", null, null, null, activityPeople, activityCostFen / 100, null, null, null],
      ["制表人：赵敏", null, null, null, "审核：孙主席", null, null, null, null],
    ],
  };
  const condolences = {
    name: "慰问登记",
    merges: ["A1:I1"],
    rows: [
      ["2024年慰问金发放登记表", null, null, null, null, null, null, null, null],
      ["日期", "会员号", "姓名", "慰问事由", "慰问形式", "金额", "经手人", "批准", "联系电话"],
      ...CONDOLENCES.map((c) => [d(c[0]), c[1], c[2], c[3], c[4], c[5], "赵敏", "孙主席", "13800000000"]),
      ["小计", null, null, null, null, condolenceFen / 100, null, null, null],
    ],
  };

  it("finds each ledger under its title, leaves out the totals, blank and signature rows, and keeps every amount", async () => {
    const out = await imported(await workbookOf([roster, activities, condolences]), { unionName: "某某公司工会" });
    const r = out.report;
    expect(r.year).toEqual({ value: 2024, basis: "title" });
    expect(r.sheets.map((s) => [s.sheet, s.ledger, s.headerRow])).toEqual([
      ["会员花名册", "members", 2],
      ["活动记录", "activities", 3],
      ["慰问登记", "condolences", 2],
    ]);
    const act = r.sheets[1];
    expect(act?.columns).toContainEqual({
      column: "F",
      header: "支出金额（元）",
      to: "费用(元)",
      confidence: "synonym",
    });
    expect(act?.columns).toContainEqual({ column: "E", header: "参加人数", to: "参与人数", confidence: "synonym" });
    // 会员名册 has no 序号: the clerk's numbers are kept, as every column without a place is.
    expect(r.sheets[0]?.unplaced).toEqual([
      { column: "A", header: "序号", keptAs: "序号" },
      { column: "F", header: "身份证号", keptAs: "身份证号" },
    ]);
    expect(r.sheets[2]?.unplaced).toEqual([{ column: "I", header: "联系电话", keptAs: "联系电话" }]);
    expect(r.skippedRows.filter((s) => s.sheet === "活动记录").map((s) => [s.row, s.reason])).toEqual([
      [1, "title"],
      [2, "title"],
      [8, "blank"],
      [9, "total"],
      [10, "note"],
    ]);
    expect(r.skippedRows).toContainEqual({ sheet: "慰问登记", row: 6, reason: "total", text: "小计" });

    const a = await totalsOf(out.bytes);
    expect(a.totals.members.total).toBe(ROSTER.length);
    expect(a.totals.activities.count).toBe(ACTIVITIES.length);
    expect(a.totals.activities.participants).toBe(activityPeople);
    expect(a.totals.activities.costFen).toBe(activityCostFen);
    expect(a.totals.condolences.count).toBe(CONDOLENCES.length);
    expect(a.totals.condolences.amountFen).toBe(condolenceFen);
    expect(a.ledger.info.unionName).toBe("某某公司工会");
    expect(a.ledger.info.fiscalYear).toBe(2024);
    // The kept column is in the standard workbook, right of the template's, under its own header.
    expect(a.findings.filter((f) => f.code === "total_row")).toEqual([]);
  });
});

describe("import: WPS-style text values (style 2)", () => {
  // Dates, amounts and counts typed as text, as WPS users and pasted tables have them.
  const dates = ["2024.1.15", "2024年3月8日", "5月20日", "２０２４.９.１０"];
  const costs = ["3,200.50元", "¥600.00", "1850.25", "０"];
  const people = ["80人", "25人", "40", "６０人"];
  const sheet1 = {
    name: "Sheet1",
    rows: [
      ["日期", "活动内容", "类别", "人数", "费用", "经办", "审批人"],
      ...ACTIVITIES.map((a, i) => [dates[i] ?? "", a[1], a[2], people[i] ?? "", costs[i] ?? "", "赵敏", "孙主席"]),
      ["总计", null, null, "205人", "5,650.75元", null, null],
    ],
  };

  it("reads text dates (a month and day in --year), text money and counts, and says what it changed", async () => {
    const out = await imported(await workbookOf([sheet1]), { year: 2024 });
    const r = out.report;
    expect(r.year).toEqual({ value: 2024, basis: "option" });
    expect(r.sheets.map((s) => [s.sheet, s.ledger])).toEqual([["Sheet1", "activities"]]);
    expect(r.changes).toContainEqual({
      sheet: "Sheet1",
      cell: "A2",
      column: "日期",
      from: "2024.1.15",
      to: "2024-01-15",
    });
    expect(r.changes).toContainEqual({
      sheet: "Sheet1",
      cell: "A4",
      column: "日期",
      from: "5月20日",
      to: "2024-05-20",
    });
    expect(r.changes).toContainEqual({
      sheet: "Sheet1",
      cell: "E2",
      column: "费用",
      from: "3,200.50元",
      to: "3200.50元",
    });
    expect(r.changes).toContainEqual({ sheet: "Sheet1", cell: "D2", column: "人数", from: "80人", to: "80" });
    expect(r.unread).toEqual([]);
    expect(r.skippedRows).toEqual([{ sheet: "Sheet1", row: 6, reason: "total", text: "总计" }]);
    expect(r.emptyLedgers).toEqual(["会员名册", "会费台账", "慰问金台账"]);
    const a = await totalsOf(out.bytes);
    expect(a.totals.activities.count).toBe(ACTIVITIES.length);
    expect(a.totals.activities.participants).toBe(activityPeople);
    expect(a.totals.activities.costFen).toBe(activityCostFen);
    expect(a.totals.activities.byMonthCostFen[4]).toBe(fenOf(1850.25));
  });
});

describe("import: a roster whose id column is not first, and dues as a member-by-month grid (style 4)", () => {
  const wages = [5000, 6200, 4800, 3000, 5500];
  // Each member pays 0.5% of the wage (the part under 10 元 not counted) every month; 李强 skips December.
  const monthly = wages.map((w) => Math.round(Math.floor(w / 10) * 10 * 0.005 * 100) / 100);
  const paid = monthly.map((m, i) => Array.from({ length: 12 }, (_, k) => (i === 2 && k === 11 ? null : m)));
  const rosterSheet = {
    name: "花名册",
    rows: [
      ["姓名", "性别", "部门", "工号", "身份证号码", "状态"],
      ...ROSTER.map((m) => [m[1], m[2], m[3], Number(m[0]), "110101198001010000", m[4]]),
    ],
  };
  const dues = {
    name: "会费收缴",
    rows: [
      ["工号", "姓名", "工资", ...Array.from({ length: 12 }, (_, k) => `${k + 1}月`), "合计"],
      ...ROSTER.map((m, i) => [
        Number(m[0]),
        m[1],
        wages[i] ?? 0,
        ...(paid[i] ?? []),
        sum((paid[i] ?? []).map((x) => x ?? 0)),
      ]),
      ["合计", null, null, ...Array.from({ length: 12 }, (_, k) => sum(paid.map((p) => p[k] ?? 0))), null],
    ],
  };

  it("places 工号 as 会员编号 wherever it stands, and the twelve months as the grid", async () => {
    const out = await imported(await workbookOf([rosterSheet, dues]), { year: 2024 });
    const r = out.report;
    expect(r.sheets.map((s) => [s.sheet, s.ledger])).toEqual([
      ["花名册", "members"],
      ["会费收缴", "dues"],
    ]);
    expect(r.sheets[0]?.columns).toContainEqual({ column: "D", header: "工号", to: "会员编号", confidence: "synonym" });
    expect(r.sheets[1]?.unplaced).toEqual([{ column: "P", header: "合计", keptAs: "合计" }]);
    expect(r.skippedRows).toContainEqual({ sheet: "会费收缴", row: 7, reason: "total", text: "合计" });
    const a = await totalsOf(out.bytes);
    const expectedPaid = sum(paid.flat().map((x) => fenOf(x ?? 0)));
    expect(a.totals.members.total).toBe(ROSTER.length);
    expect(a.totals.dues.paidFen).toBe(expectedPaid);
    expect(a.totals.dues.byMonthPaidFen[11]).toBe(sum(paid.map((p) => fenOf(p[11] ?? 0))));
    // The ids match across sheets: every dues row found its member.
    expect(a.findings.filter((f) => f.code === "member_unknown")).toEqual([]);
  });
});

describe("import: two header rows (style 5)", () => {
  const activities = {
    name: "工会活动",
    merges: ["A1:A2", "B1:C1", "D1:E1", "F1:G1"],
    rows: [
      ["序号", "活动情况", null, "经费", null, "审批", null],
      [null, "日期", "活动名称", "金额", "参与人数", "经办人", "审批人"],
      ...ACTIVITIES.map((a, i) => [i + 1, d(a[0]), a[1], a[4], a[3], "赵敏", "孙主席"]),
    ],
  };
  const dues = {
    name: "会费",
    merges: ["A1:A2", "B1:B2", "C1:N1"],
    rows: [
      ["会员编号", "姓名", "缴费月份", ...Array.from({ length: 11 }, () => null)],
      [null, null, ...Array.from({ length: 12 }, (_, k) => `${k + 1}月`)],
      ...ROSTER.map((m) => [m[0], m[1], ...Array.from({ length: 12 }, () => 25)]),
    ],
  };

  it("reads the headers under their group row", async () => {
    const out = await imported(await workbookOf([activities, dues]), { year: 2024 });
    const r = out.report;
    expect(r.sheets.map((s) => [s.sheet, s.ledger, s.headerRow, s.headerRows])).toEqual([
      ["工会活动", "activities", 2, 2],
      ["会费", "dues", 2, 2],
    ]);
    expect(r.sheets[0]?.columns).toContainEqual({
      column: "D",
      header: "经费/金额",
      to: "费用(元)",
      confidence: "synonym",
    });
    expect(r.sheets[0]?.columns).toContainEqual({ column: "A", header: "序号", to: "序号", confidence: "header" });
    const a = await totalsOf(out.bytes);
    expect(a.totals.activities.costFen).toBe(activityCostFen);
    expect(a.totals.activities.participants).toBe(activityPeople);
    expect(a.totals.dues.paidFen).toBe(ROSTER.length * 12 * 2500);
  });
});
