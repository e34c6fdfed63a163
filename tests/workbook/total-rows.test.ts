/**
 * A clerk's 合计 / 小计 rows (issue 12, item 1; src/workbook/total-row.ts): each is left out of every
 * record and gets one `total_row` finding, whether it is labelled, sums with formulas, holds their
 * cached results or typed numbers, sits after a blank row or repeats per month; and rows that only
 * look like totals (an activity named 合计培训, "合计" with a date and a category…) stay records.
 */
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/analysis/analyze.js";
import { messageOf } from "../../src/findings/messages/index.js";
import type { FillRow } from "../../src/template/fill.js";
import { analyzeWb, sheetOf } from "../fixtures-hand/template-edit.js";
import { analyzeData, analyzeDataViaFile, cleanData, ledgerWorkbook } from "../helpers/ledger.js";
import { append, rowsOf, SHEET, type LedgerData } from "../rules/support.js";

/** Where the findings of `a` are, as "code sheet!cell", sorted. */
const places = (a: Analysis): string[] => a.findings.map((f) => `${f.code} ${f.sheet}!${f.cell ?? ""}`).sort();

const totalRows = (a: Analysis): { sheet: string; row: number | undefined; basis: string; label: string | null }[] =>
  a.findings.flatMap((f) =>
    f.code === "total_row" ? [{ sheet: f.sheet, row: f.row, basis: f.params.basis, label: f.params.label }] : [],
  );

/** The totals a ledger with no total rows gives: what every test below must still give. */
const clean = await analyzeData(cleanData());

const activity = (name: string, date: string, cost: number, extra: FillRow = {}): FillRow => ({
  date,
  name,
  category: "文体活动",
  participants: 10,
  cost,
  funding: "工会经费",
  handler: "周干事",
  approver: "王主席",
  ...extra,
});

/** Every figure of the category (reason) breakdown adds up to the total: the report never contradicts itself. */
function expectBreakdownsAgree(a: Analysis): void {
  const cats = Object.values(a.totals.activities.byCategory);
  expect(cats.reduce((s, c) => s + c.costFen, 0)).toBe(a.totals.activities.costFen);
  expect(cats.reduce((s, c) => s + c.count, 0)).toBe(a.totals.activities.count);
  expect(cats.reduce((s, c) => s + c.participants, 0)).toBe(a.totals.activities.participants);
  const reasons = Object.values(a.totals.condolences.byReason);
  expect(reasons.reduce((s, c) => s + c.amountFen, 0)).toBe(a.totals.condolences.amountFen);
  expect(reasons.reduce((s, c) => s + c.count, 0)).toBe(a.totals.condolences.count);
  expect(a.totals.activities.byMonthCostFen.reduce((s, c) => s + c, 0)).toBe(a.totals.activities.costFen);
  expect(a.totals.condolences.byMonthAmountFen.reduce((s, c) => s + c, 0)).toBe(a.totals.condolences.amountFen);
}

/** cleanData() with a second activity (row 4, 500 元, 20 people): the sums are 2000 元 and 70. */
function twoActivities(): LedgerData {
  const d = cleanData();
  append(d, SHEET.activities, activity("职工书法比赛", "2024-05-10", 500, { participants: 20 }));
  return d;
}

describe("total rows a clerk adds are left out, with one finding each", () => {
  it("合计 with typed sums after a blank row: one warning, not the 不能为空 errors, totals unchanged", async () => {
    const d = twoActivities();
    // Row 5 blank, row 6 the total.
    append(d, SHEET.activities, {}, { name: "合计", participants: 70, cost: 2000 });
    const a = await analyzeData(d);
    expect(places(a)).toEqual([`total_row ${SHEET.activities}!C6`]);
    const [f] = a.findings;
    expect(f).toMatchObject({ code: "total_row", severity: "warning", row: 6, column: "活动名称", value: "合计" });
    expect(messageOf(f!)).toBe(
      "第6行是合计行（写有“合计”），不计入汇总，请删除；汇总表已自动合计，留着这一行会让汇总表重复计算。",
    );
    expect(messageOf(f!, "en")).toContain("Row 6 is a total row");
    expect(a.totals.activities).toMatchObject({ count: 2, participants: 70, costFen: 200_000 });
    expect(a.ledger.activities.rows.map((r) => r.row)).toEqual([3, 4]);
    expectBreakdownsAgree(a);
  });

  it("several 小计 rows per month, 合 计 with spaces, 合计： and a label in 序号 or 会员编号", async () => {
    const d = cleanData();
    const [feb, mar] = rowsOf(d, SHEET.condolences);
    d.sheets[SHEET.condolences] = [
      feb!, // 3: 2024-02-05 M001 500
      { memberId: "2月小计", amount: 500 }, // 4
      mar!, // 5: 2024-03-10 M002 800
      { ...mar!, seq: 3, date: "2024-03-20", amount: 200 }, // 6
      { name: "3 月 小计", amount: 1000 }, // 7
      { seq: "合　计", amount: 1500 }, // 8: ideographic space, label in 序号
      { name: "合计：", amount: 1500, remark: "共3笔" }, // 9
    ];
    const a = await analyzeData(d);
    expect(totalRows(a)).toEqual([
      { sheet: SHEET.condolences, row: 4, basis: "label", label: "2月小计" },
      { sheet: SHEET.condolences, row: 7, basis: "label", label: "3 月 小计" },
      { sheet: SHEET.condolences, row: 8, basis: "label", label: "合　计" },
      { sheet: SHEET.condolences, row: 9, basis: "label", label: "合计：" },
    ]);
    // M002's second 生病住院 within the year is within default's repeat limit; nothing else is found.
    expect(places(a).filter((p) => !p.startsWith("total_row"))).toEqual([]);
    expect(a.totals.condolences).toMatchObject({ count: 3, people: 2, amountFen: 150_000 });
    expect(a.totals.condolences.byReason["生病住院"]).toEqual({ count: 2, amountFen: 100_000 });
    expectBreakdownsAgree(a);
  });

  it("in 会费台账 and 会员名册: the members count and the dues paid stay true", async () => {
    const d = cleanData();
    // Paid: M001 22.65 × 12, M002 360 in January, M003 25 × 6.
    append(d, SHEET.dues, {
      memberId: "合计",
      wage: 15_546.8,
      m1: 407.65,
      ...Object.fromEntries([2, 3, 4, 5, 6].map((m) => [`m${m}`, 47.65])),
      ...Object.fromEntries([7, 8, 9, 10, 11, 12].map((m) => [`m${m}`, 22.65])),
    });
    append(d, SHEET.members, { memberId: "合计", name: "3人" });
    const a = await analyzeData(d);
    expect(places(a)).toEqual([`total_row ${SHEET.members}!A6`, `total_row ${SHEET.dues}!A6`]);
    expect(a.totals.members).toEqual(clean.totals.members);
    expect(a.totals.dues).toEqual(clean.totals.dues);
  });

  it("a row with no label whose numbers are the sums of the rows above", async () => {
    const d = twoActivities();
    append(d, SHEET.activities, { participants: 70, cost: 2000 }); // 5
    const a = await analyzeData(d);
    expect(totalRows(a)).toEqual([{ sheet: SHEET.activities, row: 5, basis: "sum", label: null }]);
    expect(a.findings).toHaveLength(1);
    expect(messageOf(a.findings[0]!)).toContain("没有写“合计”，但其中的数字等于上方各行之和");
    expect(a.totals.activities.costFen).toBe(200_000);
  });

  it("SUM / SUBTOTAL formulas with their cached results, labelled or not (the file as written)", async () => {
    const d = twoActivities();
    append(
      d,
      SHEET.activities,
      {}, // 5
      {
        name: "合计",
        participants: { formula: "SUM(H3:H4)", result: 70 },
        cost: { formula: "SUM(I3:I4)", result: 2000 },
      }, // 6
    );
    append(d, SHEET.condolences, { amount: { formula: "SUBTOTAL(9,$I$3:$I$4)", result: 1300 } }); // 5
    append(d, SHEET.dues, {
      name: "小计",
      m1: { formula: "SUM(E3:E5)", result: 407.65 },
      m2: { formula: "SUM(F3:F5)", result: 47.65 },
    }); // 6
    const a = await analyzeDataViaFile(d);
    expect(totalRows(a)).toEqual([
      { sheet: SHEET.dues, row: 6, basis: "label", label: "小计" },
      { sheet: SHEET.activities, row: 6, basis: "label", label: "合计" },
      { sheet: SHEET.condolences, row: 5, basis: "formula", label: null },
    ]);
    expect(places(a).filter((p) => !p.startsWith("total_row"))).toEqual([]);
    expect(a.totals.activities).toMatchObject({ count: 2, participants: 70, costFen: 200_000 });
    expect(a.totals.condolences).toEqual(clean.totals.condolences);
    expect(a.totals.dues).toEqual(clean.totals.dues);
    expectBreakdownsAgree(a);
  });

  it("a label merged across 序号:活动名称 is the row's one finding, not also a merged_cell", async () => {
    const wb = await ledgerWorkbook(twoActivities());
    const ws = sheetOf(wb, SHEET.activities);
    ws.getCell("A6").value = "合计";
    ws.mergeCells("A6:C6");
    ws.getCell("H6").value = { formula: "SUM(H3:H4)", result: 70 };
    ws.getCell("I6").value = { formula: "SUM(I3:I4)", result: 2000 };
    // A merge in a real row is still reported.
    ws.mergeCells("F3:G3");
    const a = await analyzeWb(wb);
    expect(places(a)).toEqual([`merged_cell ${SHEET.activities}!F3`, `total_row ${SHEET.activities}!A6`]);
    expect(a.totals.activities).toMatchObject({ count: 2, participants: 70, costFen: 200_000 });
  });
});

describe("rows that only look like totals stay records", () => {
  it("合计培训, 合计 with a date and a category, 小计 with a category, 合计 in 备注, a name with 计", async () => {
    const d = cleanData();
    const rows = append(
      d,
      SHEET.activities,
      activity("合计培训", "2024-05-10", 300), // 4
      activity("合计", "2024-05-11", 200), // 5: a date and a category: an activity, oddly named
      { name: "小计", category: "其他", cost: 100, funding: "工会经费", handler: "周干事", approver: "王主席" }, // 6: 日期 forgotten
      activity("会计培训", "2024-05-12", 100, { remark: "合计" }), // 7
      { cost: 999 }, // 8: numbers only, not the sums above
    );
    expect(rows).toEqual([4, 5, 6, 7, 8]);
    // Dues: a real member's row with 备注 "合计", and a member named with 计.
    const dues = rowsOf(d, SHEET.dues);
    dues[2] = { ...dues[2]!, remark: "合计" };
    append(d, SHEET.members, { memberId: "M004", name: "计明", status: "在职", joinDate: "2010-01-01" });
    const a = await analyzeData(d);
    expect(totalRows(a)).toEqual([]);
    expect(a.ledger.activities.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(a.totals.activities.costFen).toBe(150_000 + 30_000 + 20_000 + 10_000 + 10_000 + 99_900);
    expect(places(a)).toEqual(
      expect.arrayContaining([
        `required_missing ${SHEET.activities}!B6`,
        `required_missing ${SHEET.activities}!B8`,
        `required_missing ${SHEET.activities}!C8`,
      ]),
    );
    expect(a.totals.dues.paidFen).toBe(clean.totals.dues.paidFen);
    expect(a.ledger.members.rows).toHaveLength(4);
  });

  it("numbers equal to one row above, and a per-member 小计 that is not the member's sum", async () => {
    const d = cleanData();
    // Only one activity above: its 1500 repeated is not a total of several rows.
    append(d, SHEET.activities, { cost: 1500 }); // 4
    // A row naming a member, labelled 小计 but holding 900 where the rows above sum to 1300.
    append(d, SHEET.condolences, { memberId: "M001", remark: "小计", amount: 900 }); // 5
    const a = await analyzeData(d);
    expect(totalRows(a)).toEqual([]);
    expect(a.totals.activities.count).toBe(2);
    expect(a.totals.condolences.count).toBe(3);
  });

  it("per-member 小计 rows whose numbers are the member's sums above are total rows", async () => {
    const d = cleanData();
    const [m1, m2] = rowsOf(d, SHEET.condolences);
    d.sheets[SHEET.condolences] = [
      { ...m1!, amount: 300 }, // 3
      { ...m1!, seq: 2, date: "2024-04-04", festival: "清明", amount: 200 }, // 4
      { memberId: "M001", name: "小计", amount: 500 }, // 5
      m2!, // 6: 800
      { memberId: "M002", name: "小计", amount: 800 }, // 7
      { name: "合计", amount: 1300 }, // 8
    ];
    const a = await analyzeData(d);
    expect(totalRows(a).map((t) => t.row)).toEqual([5, 7, 8]);
    expect(a.totals.condolences).toMatchObject({ count: 3, people: 2, amountFen: 130_000 });
    expectBreakdownsAgree(a);
  });
});
