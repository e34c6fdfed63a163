import { describe, expect, it } from "vitest";
import { importChoices } from "../../src/import/choices.js";
import { importLedger } from "../../src/import/import.js";
import type { ImportMap } from "../../src/import/map-file.js";
import { ACTIVITIES, d, workbookOf } from "./clerk-workbooks.js";
import { ambiguousWorkbook, analysed, CLERK_SUMS, clerkWorkbook } from "./pane-workbooks.js";

const STAMP = { generatedAt: "2025-01-10T00:00:00.000Z", generator: "test" } as const;

describe("import choices (the panes' mapping table)", () => {
  it("reads every sheet as every ledger, and proposes detection's map", async () => {
    const c = importChoices(await clerkWorkbook());
    if (!c.ok) throw new Error(c.error.code);
    expect(c.value.sheets.map((s) => s.sheet)).toEqual(["会员花名册", "活动记录", "慰问登记"]);
    expect(c.value.draft.sheets.map((s) => [s.sheet, s.ledger, s.headerRow])).toEqual([
      ["会员花名册", "会员名册", 1],
      ["活动记录", "活动台账", 2],
      ["慰问登记", "慰问金台账", 1],
    ]);
    const act = c.value.draft.sheets[1];
    expect(act?.columns.find((x) => x.column === "E")).toEqual({ column: "E", header: "花费（元）", to: null });
    expect(c.value.ledgers.find((l) => l.id === "activities")?.targets).toContain("费用(元)");
    // Detection's map is what importLedger uses, column for column.
    const done = await importLedger(await clerkWorkbook(), STAMP);
    if (!done.ok) throw new Error(done.error.code);
    expect(done.value.map.sheets.map((s) => s.columns.map((x) => [x.column, x.to]))).toEqual(
      c.value.draft.sheets.map((s) => s.columns.map((x) => [x.column, x.to])),
    );
    // The clerk's correction (花费 → 费用(元)) gives the source's sums.
    const edited: ImportMap = {
      ...c.value.draft,
      sheets: c.value.draft.sheets.map((s) => ({
        ...s,
        columns: s.columns.map((x) => (x.header === "花费（元）" ? { ...x, to: "费用(元)" } : x)),
      })),
    };
    const again = await importLedger(await clerkWorkbook(), { ...STAMP, map: edited });
    if (!again.ok) throw new Error(again.error.code);
    const a = await analysed(again.value.bytes);
    expect(a.totals.activities.costFen).toBe(CLERK_SUMS.costFen);
    expect(a.totals.activities.participants).toBe(CLERK_SUMS.participants);
    expect(a.totals.condolences.amountFen).toBe(CLERK_SUMS.condolenceFen);
    expect(a.totals.members.total).toBe(CLERK_SUMS.members);
  });

  it("leaves an ambiguity in the draft for the clerk: both sheets as 活动台账, which the import refuses", async () => {
    const bytes = await ambiguousWorkbook();
    const c = importChoices(bytes);
    if (!c.ok) throw new Error(c.error.code);
    expect(c.value.draft.sheets.map((s) => s.ledger)).toEqual(["活动台账", "活动台账"]);
    const refused = await importLedger(bytes, { ...STAMP, map: c.value.draft });
    expect(refused.ok).toBe(false);
    const one = { ...c.value.draft, sheets: c.value.draft.sheets.slice(0, 1) };
    const done = await importLedger(bytes, { ...STAMP, map: one });
    expect(done.ok).toBe(true);
  });

  it("shows two columns that both look like the amount both at 费用(元), for the clerk to choose one", async () => {
    const bytes = await workbookOf([
      {
        name: "活动记录",
        rows: [
          ["日期", "活动名称", "参加人数", "金额", "费用"],
          ...ACTIVITIES.map((a) => [d(a[0]), a[1], a[3], a[4], a[4]]),
        ],
      },
    ]);
    const c = importChoices(bytes);
    if (!c.ok) throw new Error(c.error.code);
    const cols = c.value.draft.sheets[0]?.columns ?? [];
    expect(cols.filter((x) => x.to === "费用(元)").map((x) => x.column)).toEqual(["D", "E"]);
    const settled = {
      ...c.value.draft,
      sheets: c.value.draft.sheets.map((s) => ({
        ...s,
        columns: s.columns.map((x) => (x.column === "D" ? { ...x, to: null } : x)),
      })),
    };
    const done = await importLedger(bytes, { ...STAMP, map: settled });
    expect(done.ok).toBe(true);
  });

  it("refuses what is no workbook, as the import does", () => {
    const c = importChoices(new TextEncoder().encode("not a workbook"));
    expect(c.ok ? "" : c.error.code).toBe("input");
  });
});
