import { readFile } from "node:fs/promises";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import type { ChartSpec } from "../../src/charts/spec.js";
import { chartSpecs } from "../../src/charts/spec.js";
import { fen } from "../../src/money/fen.js";
import type { Totals } from "../../src/totals/totals.js";

/** The four charts of the shipped example workbook, through the real pipeline (read → rules → totals → specs). */
export async function exampleSpecs(): Promise<ChartSpec[]> {
  const bytes = await readFile(new URL("../../templates/example-2024.xlsx", import.meta.url));
  const analysis = await analyzeBytes(new Uint8Array(bytes));
  if (!analysis.ok) throw new Error(`example workbook did not read: ${JSON.stringify(analysis)}`);
  return chartSpecs(analysis.value.totals);
}

export function specById(specs: readonly ChartSpec[], id: ChartSpec["id"]): ChartSpec {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
}

const months = (f: (m: number) => number) => Array.from({ length: 12 }, (_, i) => fen(f(i + 1)));

/** Small hand-made totals with numbers easy to check in the options (money in 分). */
export function handTotals(): Totals {
  return {
    unionName: "测试工会",
    fiscalYear: 2024,
    members: {
      total: 3,
      active: 2,
      retired: 1,
      joinedThisYear: 0,
      leftThisYear: 0,
      byStatus: { 在职: 2, 退休: 1, 离休: 0, 失业保留会籍: 0 },
      statusMissing: 0,
      diedThisYear: 0,
    },
    dues: {
      liableMembers: 3,
      expectedFen: fen(120_000),
      paidFen: fen(110_000),
      collectionRate: 110 / 120,
      byMonthPaidFen: months((m) => (m === 12 ? 0 : 10_000)),
      byMonthExpectedFen: months(() => 10_000),
      collectedFen: fen(110_000),
      overpaidFen: fen(0),
      overpaidMembers: 0,
      catchUpFen: fen(0),
      exemptMembers: 0,
    },
    activities: {
      count: 5,
      participants: 80,
      costFen: fen(350_050),
      byCategory: {
        文体活动: { count: 3, participants: 50, costFen: fen(300_000) },
        劳动竞赛: { count: 0, participants: 0, costFen: fen(0) },
        职代会与民主管理: { count: 2, participants: 30, costFen: fen(50_050) },
      },
      byMonthCostFen: months((m) => (m === 3 ? 300_000 : m === 9 ? 50_050 : 0)),
      byMonthCount: Array.from({ length: 12 }, (_, i) => (i === 2 ? 3 : i === 8 ? 2 : 0)),
    },
    condolences: {
      count: 3,
      people: 3,
      amountFen: fen(150_000),
      byReason: { 生病住院: { count: 1, amountFen: fen(50_000) }, 节日慰问: { count: 2, amountFen: fen(100_000) } },
      byForm: { 现金: { count: 3, amountFen: fen(150_000) } },
      byMonthAmountFen: months((m) => (m === 2 ? 150_000 : 0)),
    },
  };
}
