import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { importLedger } from "../../src/import/import.js";

const EXAMPLE = new URL("../../templates/example-2024.xlsx", import.meta.url);

describe("import: a workbook already on the template", () => {
  it("finds every ledger by its own headers and gives the same totals", async () => {
    const bytes = new Uint8Array(await readFile(EXAMPLE));
    const before = await analyzeBytes(bytes);
    if (!before.ok) throw new Error(before.error.code);
    const { unionName, fiscalYear } = before.value.ledger.info;
    const done = await importLedger(bytes, {
      ...(unionName ? { unionName } : {}),
      ...(fiscalYear ? { year: fiscalYear } : {}),
    });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
    expect(done.value.report.sheets.map((s) => [s.sheet, s.ledger])).toEqual([
      ["会员名册", "members"],
      ["会费台账", "dues"],
      ["活动台账", "activities"],
      ["慰问金台账", "condolences"],
    ]);
    expect(done.value.report.sheets.flatMap((s) => s.columns.filter((c) => c.confidence !== "header"))).toEqual([]);
    const after = await analyzeBytes(done.value.bytes);
    if (!after.ok) throw new Error(after.error.code);
    expect(after.value.totals).toEqual(before.value.totals);
  });
});
