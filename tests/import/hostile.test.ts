import { describe, expect, it } from "vitest";
import { importLedger } from "../../src/import/import.js";
import { importErrorMessage } from "../../src/import/messages.js";
import { ACTIVITIES, d, workbookOf } from "./clerk-workbooks.js";

const activitySheet = (name: string) => ({
  name,
  rows: [["活动时间", "活动名称", "参加人数", "支出金额"], ...ACTIVITIES.map((a) => [d(a[0]), a[1], a[3], a[4]])],
});

describe("import: what it refuses", () => {
  it("a workbook with no recognisable ledger: no_ledger, saying what was looked for", async () => {
    const bytes = await workbookOf([
      {
        name: "库存",
        rows: [
          ["商品", "单价", "库存"],
          ["打印纸", 25, 40],
        ],
      },
      { name: "Sheet2", rows: [] },
    ]);
    const done = await importLedger(bytes);
    expect(done.ok).toBe(false);
    if (done.ok) return;
    expect(done.error).toEqual({ code: "no_ledger", sheets: ["库存", "Sheet2"] });
    const message = importErrorMessage(done.error);
    for (const wanted of [
      "会员名册",
      "会费台账",
      "活动台账",
      "慰问金台账",
      "活动记录",
      "慰问登记",
      "花名册",
      "会员号",
      "--map",
    ])
      expect(message).toContain(wanted);
    expect(importErrorMessage(done.error, "en")).toMatch(/No ledger was recognised/);
  });

  it("two sheets that both look like activities: the ambiguity error naming both", async () => {
    const done = await importLedger(await workbookOf([activitySheet("活动记录"), activitySheet("Sheet1")]));
    expect(done.ok).toBe(false);
    if (done.ok) return;
    expect(done.error).toEqual({ code: "ambiguous_sheets", ledger: "activities", sheets: ["活动记录", "Sheet1"] });
    expect(importErrorMessage(done.error)).toBe(
      "工作表“活动记录”、“Sheet1”都像活动台账，无法确定用哪一张；请合并为一张，或先导入一次再在 MAP.json 中只保留一张后用 --map 导入。",
    );
  });

  it("two columns that both look like the amount: the ambiguity error naming both", async () => {
    const sheet = {
      name: "活动记录",
      rows: [
        ["日期", "活动名称", "参加人数", "金额", "费用"],
        ...ACTIVITIES.map((a) => [d(a[0]), a[1], a[3], a[4], a[4]]),
      ],
    };
    const done = await importLedger(await workbookOf([sheet]));
    expect(done.ok).toBe(false);
    if (done.ok) return;
    expect(done.error).toEqual({
      code: "ambiguous_columns",
      sheet: "活动记录",
      to: "费用(元)",
      columns: [
        { column: "D", header: "金额" },
        { column: "E", header: "费用" },
      ],
    });
  });

  it("a damaged file: the reader's input error", async () => {
    const done = await importLedger(new TextEncoder().encode("not a workbook"));
    expect(done.ok ? undefined : done.error.code).toBe("input");
  });
});
