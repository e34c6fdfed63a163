import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TotalsPanel } from "../../addin/ui/components/TotalsPanel.js";
import { rollupSummaryText } from "../../src/cli/commands/rollup-summary.js";
import { totalsText } from "../../src/cli/output/totals-text.js";
import { buildRollupReport } from "../../src/narrative/rollup-report.js";
import type { Paragraph, Report, Table } from "../../src/report/model.js";
import { consolidate, type Rollup } from "../../src/rollup/consolidate.js";
import { addUnitsSheet } from "../../src/rollup/sheet-units.js";
import { RATE_FORMAT } from "../../src/rollup/sheet-table.js";
import { unitFromAnalysis } from "../../src/rollup/unit.js";
import { rateText } from "../../src/totals/rate-text.js";
import type { Totals } from "../../src/totals/totals.js";
import { analyzeData, cleanData, months } from "../helpers/ledger.js";
import { reportOf } from "../helpers/report.js";

/**
 * One file, one rate: every output that shows the collection rate — `totals` (text and JSON), the
 * report (section 一, 五 and the appendix), the roll-up (stdout, 单位汇总 sheet, its report) and the
 * pane — shows the same string. Issue 12: the same file read 106.2% in one and 106.3% in another.
 */
type Data = ReturnType<typeof cleanData>;
const SOURCE = { fileName: "r.xlsx", sha256: "", templateVersion: null, generatedAt: "", profileId: "" };

const textOf = (r: Report): string =>
  [...r.sections, ...r.appendices]
    .flatMap((s) => s.blocks)
    .map((b) =>
      b.kind === "paragraph"
        ? (b as Paragraph).runs.map((x) => x.text).join("")
        : b.kind === "table"
          ? (b as Table).rows.map((row) => row.join(" ")).join("\n")
          : "",
    )
    .join("\n");

function rollupOf(units: Parameters<typeof consolidate>[0]): Rollup {
  const outcome = consolidate(units, [], { name: "高新区总工会", allowMixedYears: false });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.value;
}

/** The 收缴率 cell of 单位汇总 as Excel shows it (`[=1]0%;0.0%`: 100% at 1, else one decimal), or its text. */
function sheetRate(r: Rollup): string {
  const ws = addUnitsSheet(new ExcelJS.Workbook(), r);
  const header = (ws.getRow(1).values as unknown[]).indexOf("收缴率");
  const cell = ws.getRow(2).getCell(header);
  if (typeof cell.value !== "number") return String(cell.value);
  expect(cell.numFmt).toBe(RATE_FORMAT);
  return cell.value === 1 ? "100%" : `${(cell.value * 100).toFixed(1)}%`;
}

/** The 收缴率 column of the roll-up report's table of units. */
function unitsTableRates(r: Rollup): string[] {
  const table = buildRollupReport(r, SOURCE).appendices[0]?.blocks[0];
  if (table?.kind !== "table") return [];
  const col = table.header.indexOf("收缴率");
  return table.rows.map((row) => row[col] ?? "");
}

const pane = (t: Totals): string =>
  renderToStaticMarkup(createElement(TotalsPanel, { totals: t })).replace(/<[^>]+>/g, "\n");

/** Every rate string each output shows, by output. */
async function ratesShown(d: Data): Promise<Record<string, string[]>> {
  const a = await analyzeData(d);
  const t = a.totals;
  const roll = rollupOf([unitFromAnalysis(a, "u.xlsx", 0)]);
  const all = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] ?? "");
  return {
    "totals text": all(totalsText(t, "zh-CN"), /收缴率 ([\d.]+%)/g),
    "totals --json": [rateText(JSON.parse(JSON.stringify(t)).dues.collectionRate as number)],
    report: all(textOf(reportOf(a)), /收缴率(?:为| )?([\d.]+%)/g),
    "rollup stdout": all(rollupSummaryText(roll, "汇总.xlsx", "zh-CN"), /收缴率([\d.]+%)/g),
    "rollup sheet": [sheetRate(roll)],
    "rollup report": [...all(textOf(buildRollupReport(roll, SOURCE)), /收缴率([\d.]+%)/g), ...unitsTableRates(roll)],
    // The pane writes 收缴率97.5% (no space) and keeps the rate in a span of its own (tags → line breaks).
    pane: all(pane(t), /收缴率\s*([\d.]+%)/g),
  };
}

describe("the collection rate reads the same in every output", () => {
  it("a rate that rounding half up and flooring tell apart (97.559…%) is 97.5% everywhere", async () => {
    const d = cleanData();
    // M001 pays 252.72 of 271.80: 762.72 of the 781.80 owed is 97.559…%; M002's 30 over is not netted.
    const dues = d.sheets["会费台账"] ?? [];
    dues[0] = { memberId: "M001", name: "张三", wage: 4537.8, ...months(22.65, 11), m12: 3.57 };
    dues[1] = { memberId: "M002", name: "李四", wage: 6000, m1: 390 };
    const shown = await ratesShown(d);
    const expected = "97.5%";
    for (const [output, rates] of Object.entries(shown)) {
      expect(rates.length, output).toBeGreaterThan(0);
      for (const r of rates) expect(r, output).toBe(expected);
    }
  });

  it("100% only when nobody owes anything, in every output", async () => {
    const shown = await ratesShown(cleanData());
    for (const [output, rates] of Object.entries(shown)) for (const r of rates) expect(r, output).toBe("100%");
  });

  it("with nothing owed, no output shows 0.0%: each says no dues were owed", async () => {
    const d = cleanData();
    d.sheets["会费台账"] = (d.sheets["会费台账"] ?? []).map((row) => ({ ...row, wage: undefined }));
    const a = await analyzeData(d);
    const roll = rollupOf([unitFromAnalysis(a, "u.xlsx", 0)]);
    const outputs = {
      "totals text": totalsText(a.totals, "zh-CN"),
      report: textOf(reportOf(a)),
      "rollup stdout": rollupSummaryText(roll, "汇总.xlsx", "zh-CN"),
      "rollup sheet": sheetRate(roll),
      "rollup report": textOf(buildRollupReport(roll, SOURCE)),
      pane: pane(a.totals),
    };
    for (const [output, text] of Object.entries(outputs)) {
      expect(text, output).not.toMatch(/收缴率\s*[\d.]+%|(?<![\d.])0(\.0+)?%/);
      expect(text, output).toMatch(/无应缴/);
    }
  });
});
