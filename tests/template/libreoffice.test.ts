import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyzeBytes, type Analysis } from "../../src/analysis/analyze.js";
import { SHEET_NAMES, TEMPLATE_VERSION } from "../../src/layout/template-layout.js";
import { SUMMARY_ITEMS } from "../../src/layout/summary-items.js";
import { moneyFromNumber } from "../../src/money/parse-money.js";
import { figureAt } from "../../src/totals/paths.js";
import { EXAMPLE_OPTIONS } from "../../tools/sample/example.js";
import { libreOffice } from "../helpers/libreoffice-results.js";

const run = promisify(execFile);

async function analyse(bytes: Uint8Array): Promise<Analysis> {
  const r = await analyzeBytes(bytes);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

const place = (a: Analysis): string[] => a.findings.map((f) => `${f.code} ${f.sheet} ${f.cell ?? ""}`);

describe("the template in LibreOffice", () => {
  it("opens without repair and prints (xlsx → pdf), its text readable", async () => {
    // The bundled template; it and the workbooks below are converted by the global setup
    // (tests/helpers/libreoffice-jobs.ts: template, filled, example).
    const pdf = (await libreOffice("template", "pdf")).output;
    expect(pdf.length).toBeGreaterThan(10_000);
    const dir = await mkdtemp(join(tmpdir(), "ul-pdf-"));
    try {
      await writeFile(join(dir, "t.pdf"), pdf);
      const { stdout } = await run("pdftotext", ["-layout", join(dir, "t.pdf"), "-"]);
      expect(stdout).toContain("填表说明");
      expect(stdout).toContain("会员编号");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps lists, hidden sheets and protection when LibreOffice re-saves it", async () => {
    const bytes = (await libreOffice("template", "xlsx")).output;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // LibreOffice 7.4 has no "very hidden": it saves _meta as merely hidden (docs/spec-notes.md).
    expect(["hidden", "veryHidden"]).toContain(wb.getWorksheet(SHEET_NAMES.meta)?.state);
    expect(wb.getWorksheet(SHEET_NAMES.lists)?.state).toBe("hidden");
    const dv = wb.getWorksheet("慰问金台账")?.getCell(1002, 7).dataValidation;
    expect(dv?.type).toBe("list");
    expect(String(dv?.formulae?.[0])).toContain("_lists");
    const a = await analyse(bytes);
    expect(a.ledger.template?.version).toBe(TEMPLATE_VERSION);
  });
});

describe("a filled workbook recalculated by LibreOffice", () => {
  it("has 汇总 formulas equal to the program's totals, and the same findings and totals after the re-save", async () => {
    // Everything typed as numbers and dates (no text-typed amounts): formulas and program must agree.
    const { input: original, output: resaved } = await libreOffice("filled", "xlsx");
    const before = await analyse(original);
    const after = await analyse(resaved);

    expect(after.ledger.summary).toHaveLength(SUMMARY_ITEMS.length);
    for (const cell of after.ledger.summary) {
      expect(cell.cached.type, cell.key).toBe("number");
      const cached = cell.cached.type === "number" ? cell.cached.value : NaN;
      const figure = figureAt(after.totals, cell.key);
      const expected = figure?.value;
      if (figure?.money) {
        const parsed = moneyFromNumber(cached);
        expect(parsed.ok && parsed.fen, cell.key).toBe(expected);
      } else expect(cached, cell.key).toBe(expected);
    }
    expect(after.totals).toEqual(before.totals);
    expect(place(after)).toEqual(place(before));
    expect(before.totals.activities.count).toBe(EXAMPLE_OPTIONS.activities);
  });

  it("flags exactly the totals that text-typed cells hide from the spreadsheet's formulas", async () => {
    const { input: original, output: resaved } = await libreOffice("example", "xlsx");
    const before = await analyse(original);
    const after = await analyse(resaved);
    expect(after.totals).toEqual(before.totals);
    const added = place(after).filter((p) => !place(before).includes(p));
    // The bundled example types one dues amount as "¥39.60" and one activity date as text:
    // SUM and SUMIFS skip them, the program reads them (with a normalized_value warning).
    const text = before.findings.filter((f) => f.code === "normalized_value");
    expect(text.map((f) => f.sheet).sort()).toEqual(["会费台账", "活动台账"]);
    const duesRow = text.find((f) => f.sheet === "会费台账")?.row;
    const at = (key: string): string => `summary_mismatch 汇总 C${3 + SUMMARY_ITEMS.findIndex((i) => i.key === key)}`;
    expect(added.sort()).toEqual(
      [
        `dues_formula_broken 会费台账 Q${duesRow}`,
        at("dues.paidFen"), // 全年实缴会费
        at("dues.byMonthPaidFen.0"), // 1月实缴
        at("activities.byMonthCostFen.4"), // 5月活动费用
        // The clerk's 合计 row under the activities (a total_row warning): the sheet's COUNTA and SUMs
        // count it as one more activity, the program does not.
        at("activities.count"),
        at("activities.participants"),
        at("activities.costFen"),
      ].sort(),
    );
  });
});
