import { describe, expect, it } from "vitest";
import { EXCEL_2019, type FakeExcel } from "./fakes/fake-excel.js";
import { smallBook } from "./excel-fixtures.js";

/** The fakes must fail where Office fails, or the adapter tests prove nothing. */
const book = (options?: ConstructorParameters<typeof FakeExcel>[1]): FakeExcel =>
  smallBook(
    {
      活动台账: [
        ["序号", "活动名称"],
        [1, "春季健步走"],
      ],
      会员名册: [],
    },
    options,
  );

describe("the fake Office runtime", () => {
  it("makes a property readable only after the sync that followed its load", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("活动台账").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["序号", "活动名称"],
        [1, "春季健步走"],
      ]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(context.syncCount).toBe(1);
    });
  });

  it("fails a batch at sync for a missing item; earlier commands of the batch have taken effect", async () => {
    const fake = book();
    const batch = fake.run(async (context) => {
      context.workbook.worksheets.getItem("会员名册").activate();
      const missing = context.workbook.worksheets.getItem("不存在"); // no error yet
      missing.activate();
      await context.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.state.active).toBe("会员名册");
  });

  it("gives isNullObject for *OrNullObject after a sync, without a load", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const absent = context.workbook.worksheets.getItemOrNullObject("不存在");
      const present = context.workbook.worksheets.getItemOrNullObject("活动台账");
      expect(() => absent.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([absent.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("refuses a response over the payload limit and keeps its values unreadable", async () => {
    const fake = book({ payloadLimit: 40 });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("活动台账").getRange("A1:B2").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.runtime.syncs[0]?.responseBytes).toBeGreaterThan(40);
  });

  it("fails an API above the host's requirement set (getRanges is ExcelApi 1.9)", async () => {
    const fake = book({ requirements: EXCEL_2019 });
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const batch = fake.run(async (context) => {
      context.workbook.worksheets.getItem("活动台账").getRanges("A1,B2").conditionalFormats.add("Custom");
      await context.sync();
    });
    await expect(batch).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("rejects a multi-area address in getRange, and a 2-D write of the wrong shape", async () => {
    const fake = book();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("活动台账").getRange("A1,B2").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("活动台账").getRange("A1:B2").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("stores typed text as Excel does: numbers and formulas unless the cell is Text", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("会员名册");
      ws.getRange("A1:B1").values = [["0012", "=A1*2"]];
      ws.getRange("A2:B2").numberFormat = [["@", "@"]];
      ws.getRange("A2:B2").values = [["0012", "=A1*2"]];
    }); // no sync: Excel.run sends what is still queued
    expect(fake.syncCount).toBe(1);
    expect([fake.cell("会员名册", "A1")?.value, fake.cell("会员名册", "B1")?.formula]).toEqual([12, "A1*2"]);
    expect([fake.cell("会员名册", "A2")?.value, fake.cell("会员名册", "B2")?.value]).toEqual(["0012", "=A1*2"]);
  });
});
