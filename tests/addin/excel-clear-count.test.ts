/**
 * Marking and clearing count the same thing, cells (issue 14: "已标出12个单元格" then "已清除3处标记"), in 2
 * syncs each, on Microsoft 365 (RangeAreas) and on Office 2019 (one area per format).
 */
import { describe, expect, it } from "vitest";
import { MARK_FORMULA } from "../../addin/host/excel/highlight.js";
import { exampleFake, hostOf } from "./excel-fixtures.js";
import { parseAreaList } from "./fakes/excel-address.js";
import { EXCEL_2019 } from "./fakes/fake-excel.js";

const DUES = "会费台账";
const ACTIVITIES = "活动台账";
const refs = [
  { sheet: DUES, cell: "D5" },
  { sheet: DUES, cell: "D6" },
  { sheet: DUES, cell: "D7" },
  { sheet: DUES, cell: "Q9" },
  { sheet: ACTIVITIES, cell: "B4" },
];

describe("clearHighlights counts cells, as highlight does", () => {
  for (const [label, requirements] of [
    ["Microsoft 365", undefined],
    ["Office 2019", EXCEL_2019],
  ] as const) {
    it(`${label}: 5 cells marked, 5 cells cleared, 2 syncs`, async () => {
      const fake = await exampleFake(requirements ? { requirements } : undefined);
      const host = hostOf(fake);
      expect(await host.highlight(refs, [])).toBe(5);
      const before = fake.syncCount;
      expect(await host.clearHighlights([DUES, ACTIVITIES])).toEqual({ cells: 5, uncounted: 0 });
      expect(fake.syncCount - before).toBe(2);
      expect(fake.conditionalFormats(DUES).filter((cf) => cf.formula === MARK_FORMULA)).toEqual([]);
    });
  }

  it("on Office 2019 a mark over several areas (made by a newer Excel) is removed and named, not counted", async () => {
    const fake = await exampleFake({ requirements: EXCEL_2019 });
    const sheet = fake.state.sheets.find((s) => s.name === DUES);
    sheet?.conditionalFormats.push({
      id: 990,
      type: "Custom",
      areas: parseAreaList("D5:D9,Q3"),
      formula: MARK_FORMULA,
      fill: "#FFC7CE",
      fontColor: undefined,
    });
    await hostOf(fake).highlight([{ sheet: ACTIVITIES, cell: "B4" }], []);
    expect(await hostOf(fake).clearHighlights([DUES, ACTIVITIES])).toEqual({ cells: 1, uncounted: 1 });
    expect(fake.conditionalFormats(DUES)).toEqual([]);
  });

  it("a new highlight also removes earlier marks on the sheets it is given (findings fixed since)", async () => {
    const fake = await exampleFake();
    const host = hostOf(fake);
    await host.highlight(refs, []);
    expect(await host.highlight([{ sheet: DUES, cell: "D5" }], [DUES, ACTIVITIES])).toBe(1);
    expect(fake.conditionalFormats(ACTIVITIES)).toEqual([]);
    expect(await host.clearHighlights([DUES])).toEqual({ cells: 1, uncounted: 0 });
  });

  it("clearing with no marks removes nothing and says 0 cells", async () => {
    const fake = await exampleFake();
    expect(await hostOf(fake).clearHighlights([DUES])).toEqual({ cells: 0, uncounted: 0 });
    expect(fake.syncCount).toBe(2);
  });
});
