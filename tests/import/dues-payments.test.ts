import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { spreadFen } from "../../src/import/dues-payments.js";
import { importLedger } from "../../src/import/import.js";
import { fen } from "../../src/money/fen.js";
import { d, fenOf, ROSTER, sum, workbookOf } from "./clerk-workbooks.js";

/** One row per payment (style 3): 缴费日期, 会员号, 姓名, 所属月份, 金额, and a 收据号 of the clerk's own. */
type Payment = readonly [Date | null, string | number, string, string | Date | null, number | string, number];
// The last field is the amount in 元 as the test knows it, whatever the cell shows.
const PAYMENTS: readonly Payment[] = [
  [d("2024-01-10"), "1001", "张伟", "1-3月", 75, 75],
  [d("2024-04-08"), "1001", "张伟", "4-6月", 75, 75],
  [d("2024-07-05"), "1001", "张伟", "7-12月", 150, 150],
  [d("2024-01-10"), "1002", "王芳", "全年", 310, 310],
  [d("2024-01-05"), "1003", "李强", "2023年12月", 24, 24],
  ...Array.from({ length: 12 }, (_, k): Payment => [
    d(`2024-${String(k + 1).padStart(2, "0")}-15`),
    "1003",
    "李强",
    d(`2024-${String(k + 1).padStart(2, "0")}-01`),
    24,
    24,
  ]),
  ...Array.from({ length: 6 }, (_, k): Payment => [
    d(`2024-${String(k + 1).padStart(2, "0")}-20`),
    1004,
    "刘洋",
    null,
    15,
    15,
  ]),
  [d("2024-02-01"), 1005, "陈静", "1-4月", "¥100.00", 100],
];

const roster = {
  name: "会员名册",
  rows: [["会员编号", "姓名", "性别", "部门", "会籍状态"], ...ROSTER.map((m) => [m[0], m[1], m[2], m[3], m[4]])],
};
const dues = {
  name: "会费收缴",
  rows: [
    ["缴费日期", "会员号", "姓名", "所属月份", "金额", "收据号"],
    ...PAYMENTS.map((p, i) => [p[0], p[1], p[2], p[3], p[4], `S${100 + i}`]),
    ["合计", null, null, null, sum(PAYMENTS.map((p) => fenOf(p[5]))) / 100, null],
  ],
};

describe("import: dues kept one row per payment (style 3)", () => {
  it("spreads an amount over months in whole 分, the odd 分 to the earliest months", () => {
    expect(spreadFen(fen(10000), 3)).toEqual([3334, 3333, 3333]);
    expect(spreadFen(fen(31000), 12).slice(0, 5)).toEqual([2584, 2584, 2584, 2584, 2583]);
    expect(sum(spreadFen(fen(31000), 12))).toBe(31000);
  });

  it("makes the month grid, keeps the total exact and every payment in 备注", async () => {
    const done = await importLedger(await workbookOf([roster, dues]), {
      year: 2024,
      generatedAt: "2025-01-10T00:00:00Z",
    });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    const r = done.value.report;
    expect(r.sheets.map((s) => [s.sheet, s.ledger])).toEqual([
      ["会员名册", "members"],
      ["会费收缴", "duesPayments"],
    ]);
    expect(r.sheets[1]?.columns.map((c) => [c.column, c.to])).toEqual([
      ["A", "缴费日期"],
      ["B", "会员编号"],
      ["C", "姓名"],
      ["D", "所属月份"],
      ["E", "金额"],
    ]);
    expect(r.skippedRows).toContainEqual({
      sheet: "会费收缴",
      row: PAYMENTS.length + 2,
      reason: "total",
      text: "合计",
    });
    expect(r.changes).toContainEqual({
      sheet: "会费收缴",
      cell: "E5",
      column: "金额",
      from: "全年 310.00元",
      to: expect.stringMatching(/^1月25\.84元、2月25\.84元、3月25\.84元、4月25\.84元、5月25\.83元/),
    });
    expect(r.changes).toContainEqual({
      sheet: "会费收缴",
      cell: "E6",
      column: "金额",
      from: "2023年12月 24.00元",
      to: "1月（其中补缴上年）",
    });
    expect(r.unread).toEqual([]);

    const a = await analyzeBytes(done.value.bytes);
    if (!a.ok) throw new Error(a.error.code);
    const rows = a.value.ledger.dues.rows;
    expect(rows.map((x) => x.values.memberId)).toEqual(["1001", "1002", "1003", "1004", "1005"]);
    expect(a.value.totals.dues.paidFen).toBe(sum(PAYMENTS.map((p) => fenOf(p[5]))));
    // 1002's 310.00 for the whole year: 4 months of 25.84, 8 of 25.83.
    expect(rows[1]?.values.m1).toBe(2584);
    expect(rows[1]?.values.m12).toBe(2583);
    // 1003: 24.00 a month, and last December's 24.00 paid in January as 其中补缴上年.
    expect(rows[2]?.values.m1).toBe(4800);
    expect(rows[2]?.values.catchUp).toBe(2400);
    // 1004 named no months: each payment in the month it was paid.
    expect(rows[3]?.values.m6).toBe(1500);
    expect(rows[3]?.values.m7).toBeUndefined();
    expect(rows[0]?.values.remark).toContain("2024-01-10缴 1-3月 75.00元 收据号:S100");
  });
});
