import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { importLedger } from "../../src/import/import.js";
import { parseImportMap, type ImportMap } from "../../src/import/map-file.js";
import { ACTIVITIES, CONDOLENCES, d, workbookOf } from "./clerk-workbooks.js";

const STAMP = { generatedAt: "2025-01-10T00:00:00.000Z", generator: "test" } as const;

const clerkWorkbook = () =>
  workbookOf([
    {
      name: "活动记录",
      merges: ["A1:F1"],
      rows: [
        ["2024年活动记录", null, null, null, null, null],
        ["活动时间", "活动名称", "活动类别", "参加人数", "费用", "经办人"],
        ...ACTIVITIES.map((a) => [d(a[0]), a[1], a[2], a[3], a[4], "赵敏"]),
      ],
    },
    {
      name: "慰问登记",
      rows: [
        ["日期", "会员号", "姓名", "事由", "形式", "金额"],
        ...CONDOLENCES.map((c) => [d(c[0]), c[1], c[2], c[3], c[4], c[5]]),
      ],
    },
  ]);

async function run(bytes: Uint8Array, map?: ImportMap) {
  const done = await importLedger(bytes, { ...STAMP, ...(map ? { map } : {}) });
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return done.value;
}

async function totals(bytes: Uint8Array) {
  const a = await analyzeBytes(bytes);
  if (!a.ok) throw new Error(a.error.code);
  return a.value.totals;
}

describe("import: MAP.json round trip", () => {
  it("imports the same way again from the map it wrote, through its JSON text", async () => {
    const bytes = await clerkWorkbook();
    const first = await run(bytes);
    const text = JSON.stringify(first.map, null, 2);
    const parsed = parseImportMap(text);
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    expect(parsed.map).toEqual(first.map);
    const again = await run(bytes, parsed.map);
    const placements = (r: typeof first.report) =>
      r.sheets.map((s) => ({
        ...s,
        basis: [],
        score: 0,
        columns: s.columns.map((c) => ({ ...c, confidence: "map" })),
      }));
    expect(placements(again.report)).toEqual(placements(first.report));
    expect(again.report.sheets.every((s) => s.basis.join() === "map")).toBe(true);
    expect({ ...again.report, sheets: [] }).toEqual({
      ...first.report,
      sheets: [],
      year: { value: 2024, basis: "map" },
    });
    expect(await totals(again.bytes)).toEqual(await totals(first.bytes));
    // The map of a map import is the same map, confidences aside.
    expect(again.map.sheets.map((s) => s.columns.map((c) => [c.column, c.to]))).toEqual(
      first.map.sheets.map((s) => s.columns.map((c) => [c.column, c.to])),
    );
  });

  it("follows the clerk's corrections: a column set to null is kept to the right, a ledger left out is not imported", async () => {
    const bytes = await clerkWorkbook();
    const first = await run(bytes);
    const edited: ImportMap = {
      ...first.map,
      sheets: first.map.sheets
        .filter((s) => s.sheet === "活动记录")
        .map((s) => ({ ...s, columns: s.columns.map((c) => (c.header === "活动类别" ? { ...c, to: null } : c)) })),
    };
    const again = await run(bytes, edited);
    expect(again.report.sheets.map((s) => s.sheet)).toEqual(["活动记录"]);
    expect(again.report.sheets[0]?.unplaced).toEqual([{ column: "C", header: "活动类别", keptAs: "活动类别（原表）" }]);
    expect(again.report.missing).toContainEqual({ sheet: "活动台账", header: "活动类别" });
    expect(again.report.ignoredSheets).toEqual(["慰问登记"]);
    const t = await totals(again.bytes);
    expect(t.activities.count).toBe(ACTIVITIES.length);
    expect(t.condolences.count).toBe(0);
  });

  it("refuses a map made for another layout, naming the column", async () => {
    const bytes = await clerkWorkbook();
    const first = await run(bytes);
    const wrong: ImportMap = {
      ...first.map,
      sheets: first.map.sheets.map((s) => ({
        ...s,
        columns: s.columns.map((c) => (c.column === "B" ? { ...c, header: "别的表头" } : c)),
      })),
    };
    const done = await importLedger(bytes, { ...STAMP, map: wrong });
    expect(done.ok ? undefined : done.error).toEqual({
      code: "map_mismatch",
      sheet: "活动记录",
      detail: "B:别的表头:活动名称",
    });
  });

  it("explains a hand-edited map that is not valid", () => {
    const bad = parseImportMap(
      '{"format":"union-ledger/import-map","version":1,"sheets":[{"sheet":"x","ledger":"活动","headerRow":0,"columns":[]}]}',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.split(":")[0])).toEqual(["sheets.0.ledger", "sheets.0.headerRow"]);
    expect(parseImportMap("{not json").ok).toBe(false);
  });
});
