import { describe, expect, it } from "vitest";
import { columnWidths } from "../../src/docx/table-widths.js";
import { SIZES, TEXT_WIDTH } from "../../src/docx/styles.js";
import { ems } from "../../src/docx/text-width.js";
import { ROLLUP_SHEETS } from "../../src/layout/rollup-workbook.js";
import { fen } from "../../src/money/fen.js";
import { buildRollupReport } from "../../src/narrative/rollup-report.js";
import type { Paragraph, Table } from "../../src/report/model.js";
import { consolidate, type Rollup } from "../../src/rollup/consolidate.js";
import { ingestBytes } from "../../src/rollup/ingest.js";
import { sumTotals } from "../../src/rollup/sum-totals.js";
import { unitFromAnalysis, type UnitRecord } from "../../src/rollup/unit.js";
import { rollupBytes, rollupWorkbook } from "../../src/rollup/write-workbook.js";
import { analyzeData, cleanData } from "../helpers/ledger.js";
import { fakeUnit } from "./units.js";

type Data = ReturnType<typeof cleanData>;
const SOURCE = { fileName: "r.xlsx", sha256: "", templateVersion: null, generatedAt: "", profileId: "" };
const STAMP = { generatedAt: "2025-01-31T00:00:00.000Z", generator: "test" };

function unit(name: string, info: Record<string, string> = {}): Data {
  const d = cleanData();
  d.info = { ...d.info, unionName: name, ...info };
  return d;
}

async function rollupOf(units: readonly Data[]): Promise<Rollup> {
  const records: UnitRecord[] = [];
  for (const d of units) records.push(unitFromAnalysis(await analyzeData(d), `${String(d.info["unionName"])}.xlsx`, 0));
  const outcome = consolidate(records, [], { name: "高新区总工会", allowMixedYears: false });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.value;
}

const sectionText = (r: Rollup, id: string): string =>
  (buildRollupReport(r, SOURCE).sections.find((s) => s.id === id)?.blocks ?? [])
    .filter((b): b is Paragraph => b.kind === "paragraph")
    .map((p) => p.runs.map((x) => x.text).join(""))
    .join("\n");

const tables = (r: Rollup): Table[] =>
  buildRollupReport(r, SOURCE).appendices.flatMap((s) => s.blocks.filter((b): b is Table => b.kind === "table"));

describe("the roll-up report on the units' profiles", () => {
  const SHANDONG = { profileId: "shandong-2018", upperUnion: "高新区总工会" };

  it("says when units used different profiles, names them by profile, and lists a mixed_profiles notice", async () => {
    const r = await rollupOf([unit("一厂工会"), unit("二厂工会", SHANDONG), unit("三厂工会", SHANDONG)]);
    const quality = sectionText(r, "quality");
    expect(quality).toContain(
      "各单位执行的经费标准方案不一致：执行《山东省基层工会经费收支管理实施细则》的有“二厂工会”、“三厂工会”；执行“通用参考方案（非官方标准）”的有“一厂工会”。",
    );
    expect(sectionText(r, "plans")).toContain("统一各单位执行的经费标准方案");
    const wb = rollupWorkbook(r, STAMP);
    const first = wb.getWorksheet(ROLLUP_SHEETS.findings)?.getRow(2);
    expect(first?.getCell(4).value).toBe("mixed_profiles");
    expect(String(first?.getCell(7).value)).toContain("各单位执行的经费标准方案不一致");
    // The appendix names each unit's profile and 上级工会.
    const [, profiles] = tables(r);
    expect(profiles?.header).toEqual(["单位", "上级工会", "经费标准方案", "错误", "警告"]);
    expect(profiles?.rows[1]?.slice(0, 3)).toEqual(["二厂", "高新区总工会", "山东省基层工会经费收支管理实施细则"]);
    expect(profiles?.rows[0]?.slice(0, 3)).toEqual(["一厂", "未填写", "通用参考方案（非官方标准）"]);
  });

  it("says nothing of profiles when every unit used the same one", async () => {
    const r = await rollupOf([unit("一厂工会", SHANDONG), unit("二厂工会", SHANDONG)]);
    expect(sectionText(r, "quality")).not.toContain("经费标准方案");
    expect(sectionText(r, "plans")).not.toContain("经费标准方案");
    const findings = rollupWorkbook(r, STAMP).getWorksheet(ROLLUP_SHEETS.findings);
    const codes: unknown[] = [];
    findings?.eachRow((row) => void codes.push(row.getCell(4).value));
    expect(codes).not.toContain("mixed_profiles");
  });

  it("keeps each unit's profile and 上级工会 through a roll-up of roll-ups", async () => {
    const r = await rollupOf([unit("一厂工会"), unit("二厂工会", SHANDONG)]);
    const back = (await ingestBytes(await rollupBytes(r, STAMP), "片区.xlsx", 0)).filter(
      (u): u is UnitRecord => u.kind === "unit",
    );
    expect(back.map((u) => [u.profile, u.upperUnion])).toEqual(r.used.map((u) => [u.profile, u.upperUnion]));
  });
});

describe("the roll-up report's tables on A4 portrait", () => {
  /** The .docx writer's table metrics (docx/blocks.ts): 五号, Word's cell margins, the text width. */
  const METRICS = { em: SIZES.table * 10, padding: 2 * 108, total: TEXT_WIDTH };
  /** How many ems of text a column of this width holds on one line (the writer's 12% slack for wider fonts). */
  const lineEms = (twips: number): number => (twips - METRICS.padding) / (METRICS.em * 1.12);

  /** Units with long names and amounts up to 999,999,999.99 元 in the 合计 row: the narrowest name column. */
  function bigRollup(): Rollup {
    const names = ["某某市某某区某某街道某某社区居民联合工会委员会", "某某集团有限公司第一分公司工会", "一厂工会"];
    const used = names.map((n, i) => {
      const u = fakeUnit(`${i}.xlsx`, n);
      const t = u.totals;
      const totals = {
        ...t,
        members: { ...t.members, total: 40_000 },
        dues: { ...t.dues, expectedFen: fen(100_000_000), collectedFen: fen(97_123_456), collectionRate: 0.9712 },
        activities: { ...t.activities, count: 3_000, costFen: fen(33_333_333_333) },
        condolences: { ...t.condolences, amountFen: fen(33_333_333_333) },
      };
      return { ...u, totals };
    });
    const total = sumTotals(
      used.map((u) => u.totals),
      "某市总工会",
      2024,
    );
    return {
      name: "某市总工会",
      fiscalYear: 2024,
      used,
      dropped: [],
      duplicates: [],
      unreadable: [],
      missing: [],
      total,
    };
  }

  it("keeps every number on one line, names within two lines, and ends with a 合计 row", () => {
    const r = bigRollup();
    const [figures, profiles] = tables(r);
    expect(figures?.rows.at(-1)?.[0]).toBe("合计");
    expect(figures?.rows.at(-1)?.[4]).toBe("999,999,999.99");
    expect(profiles?.rows.at(-1)?.[0]).toBe("合计");
    for (const t of [figures, profiles]) {
      if (!t) throw new Error("no table");
      const widths = columnWidths(t, METRICS);
      for (const row of [t.header, ...t.rows])
        for (const [i, cell] of row.entries()) {
          const room = lineEms(widths[i] ?? 0) + 0.01; // widths are whole twips
          if (t.numeric.includes(i)) expect(ems(cell), `${cell} in ${t.caption}`).toBeLessThanOrEqual(room);
          if (i === 0) expect(ems(cell), `${cell} in ${t.caption}`).toBeLessThanOrEqual(2 * room);
        }
    }
    // The longest name is cut, not spread over three lines; 工会委员会 and 工会 are left out.
    expect(figures?.rows.map((row) => row[0])).toEqual([
      "某某市某某区某某街道某某社区居…",
      "某某集团有限公司第一分公司",
      "一厂",
      "合计",
    ]);
  });
});
