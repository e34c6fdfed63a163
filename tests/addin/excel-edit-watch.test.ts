/**
 * watchEdits / stopWatching over the fake (WorksheetCollection.onChanged, ExcelApi 1.7): one sync to watch, the
 * clerk's edits of a ledger sheet reported, the add-in's own findings sheet not (by triggerSource from ExcelApi
 * 1.14, by sheet before), the handler removed on the context that added it, and none on older Excel.
 */
import { describe, expect, it } from "vitest";
import { exampleFake, hostOf } from "./excel-fixtures.js";
import type { FakeExcelOptions } from "./fakes/fake-excel.js";

const LEDGER = ["会员名册", "会费台账", "活动台账", "慰问金台账"];

async function watched(options?: FakeExcelOptions) {
  const fake = await exampleFake(options);
  const host = hostOf(fake);
  let edits = 0;
  const supported = await host.watchEdits(LEDGER, () => edits++);
  return { fake, host, supported, edits: () => edits };
}

describe("watchEdits", () => {
  for (const [label, requirements] of [
    ["Microsoft 365", { ExcelApi: "1.17" }],
    ["Office 2019 (no triggerSource)", { ExcelApi: "1.8" }],
  ] as const) {
    it(`${label}: reports the clerk's edits of ledger sheets only, in 1 sync`, async () => {
      const w = await watched({ requirements });
      expect(w.supported).toBe(true);
      expect(w.fake.syncCount).toBe(1);
      expect(w.fake.watchers).toBe(1);
      await w.fake.edit("活动台账", "E5", 300);
      expect(w.edits()).toBe(1);
      await w.fake.edit("基本信息", "B3", "某某工会");
      expect(w.edits()).toBe(1); // not a sheet the check reads
      // The add-in's own findings sheet: a write of its own, never an edit.
      const wrote = await w.host.writeFindingsSheet(
        "校验结果",
        [
          ["级别", "工作表"],
          ["错误", "活动台账"],
        ],
        "ours",
      );
      expect(wrote).toEqual({ written: true, name: "校验结果" });
      await w.fake.settled();
      expect(w.edits()).toBe(1);
      // Highlights are conditional formats, not cell data.
      await w.host.highlight([{ sheet: "活动台账", cell: "E5" }], []);
      await w.fake.settled();
      expect(w.edits()).toBe(1);
    });
  }

  it("a new watch replaces the old one in 1 sync, on the old context; stopping removes it in 1 sync", async () => {
    const w = await watched();
    let later = 0;
    expect(await w.host.watchEdits(LEDGER, () => later++)).toBe(true);
    expect(w.fake.syncCount).toBe(2);
    expect(w.fake.watchers).toBe(1);
    await w.fake.edit("会费台账", "D5", 12);
    expect([w.edits(), later]).toEqual([0, 1]);
    await w.host.stopWatching();
    expect(w.fake.syncCount).toBe(3);
    expect(w.fake.watchers).toBe(0);
    await w.fake.edit("会费台账", "D6", 12);
    expect(later).toBe(1);
    await w.host.stopWatching(); // not watching: no sync
    expect(w.fake.syncCount).toBe(3);
  });

  it("ignores the add-in's own writes by triggerSource (ExcelApi 1.14), even on a ledger sheet", async () => {
    const w = await watched();
    await w.fake.run(async (context) => {
      context.workbook.worksheets.getItem("活动台账").getRange("Z1").values = [["x"]];
      await context.sync();
    });
    await w.fake.settled();
    expect(w.edits()).toBe(0);
  });

  it("says so where Excel has no change events (before ExcelApi 1.7), with no sync", async () => {
    const w = await watched({ requirements: { ExcelApi: "1.6" } });
    expect(w.supported).toBe(false);
    expect(w.fake.syncCount).toBe(0);
    expect(w.fake.watchers).toBe(0);
  });
});
