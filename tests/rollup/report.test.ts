import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/narrative/figures.js";
import { buildRollupReport } from "../../src/narrative/rollup-report.js";
import type { Figure, Paragraph } from "../../src/report/model.js";
import { consolidate } from "../../src/rollup/consolidate.js";
import { unitFromAnalysis } from "../../src/rollup/unit.js";
import { runMain } from "../fixtures-hand/cli.js";
import { analyzeData, cleanData, ledgerBytes } from "../helpers/ledger.js";

/** cleanData() under another name; with a 生病住院 payment over the cap (an error) when asked. */
function unitData(name: string, capBreach = false): ReturnType<typeof cleanData> {
  const data = cleanData();
  data.info["unionName"] = name;
  const cond = data.sheets["慰问金台账"] ?? [];
  if (capBreach) cond[1] = { ...cond[1], amount: 5000 };
  return data;
}

describe("rollup --report: the upper union's consolidated narrative", () => {
  it("names units, missing ones and the ones with errors; every figure comes from the summed totals or unit counts", async () => {
    const names = ["一厂工会", "二厂工会", "三厂工会"];
    const units = [];
    for (const [i, n] of names.entries()) {
      units.push(unitFromAnalysis(await analyzeData(unitData(n, i === 2)), `${n}.xlsx`, 0));
    }
    const outcome = consolidate(units, [], {
      name: "高新区总工会",
      expected: [...names, "四厂工会"],
      allowMixedYears: false,
    });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const report = buildRollupReport(outcome.value, {
      fileName: "r.xlsx",
      sha256: "",
      templateVersion: null,
      generatedAt: "",
      profileId: "",
    });
    const paragraphs = report.sections.flatMap((s) => s.blocks.filter((b): b is Paragraph => b.kind === "paragraph"));
    const text = paragraphs.map((p) => p.runs.map((r) => r.text).join("")).join("\n");
    expect(report.title).toBe("高新区总工会2024年基层工会台账汇总分析");
    expect(text).toContain("共收到3个基层工会报送的台账，尚有1个单位未报送（“四厂工会”）");
    expect(text).toContain("有1个单位的台账存在错误，其中“三厂工会”问题较多");
    expect(text).toContain(`共开展活动3次`);
    expect(text).toContain("督促未报送的单位尽快报送台账");
    const ctx = {
      totals: outcome.value.total,
      findingCounts: {},
      unitCounts: { submitted: 3, missing: 1, withErrors: 1 },
    };
    const figures = paragraphs.flatMap((p) => p.runs.filter((r): r is Figure => r.kind === "figure"));
    expect(figures.length).toBeGreaterThan(8);
    for (const f of figures) expect(evaluate(f.source, ctx), f.text).toBe(f.value);
    // Every row is a union: the table names them without 工会, and ends with the 合计 row.
    const table = report.appendices[0]?.blocks[0];
    expect(table?.kind === "table" && table.rows.map((r) => r[0])).toEqual(["一厂", "二厂", "三厂", "合计"]);
  });

  it("states no overall collection rate when no unit owed dues", async () => {
    const units = [];
    for (const n of ["一厂工会", "二厂工会"]) {
      const data = cleanData();
      data.info["unionName"] = n;
      data.sheets["会费台账"] = [];
      units.push(unitFromAnalysis(await analyzeData(data), `${n}.xlsx`, 0));
    }
    const outcome = consolidate(units, [], { name: "高新区总工会", allowMixedYears: false });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.value.total.dues.expectedFen).toBe(0);
    const report = buildRollupReport(outcome.value, {
      fileName: "r.xlsx",
      sha256: "",
      templateVersion: null,
      generatedAt: "",
      profileId: "",
    });
    const org =
      report.sections
        .find((s) => s.id === "organization")
        ?.blocks.filter((b): b is Paragraph => b.kind === "paragraph") ?? [];
    const text = org.map((p) => p.runs.map((r) => r.text).join("")).join("\n");
    expect(text).toContain("应缴会费0元，实缴0元。");
    expect(text).not.toMatch(/收缴率|足额收缴|NaN/);
  });

  it("is written by the CLI beside the roll-up workbook, with its content controls", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ul-rr-"));
    try {
      await mkdir(join(dir, "in"));
      for (const n of ["甲公司工会", "乙公司工会"])
        await writeFile(join(dir, "in", `${n}.xlsx`), await ledgerBytes(unitData(n)));
      // Two files: read in process, no worker threads.
      const run = await runMain([
        "rollup",
        join(dir, "in"),
        "-o",
        join(dir, "汇总.xlsx"),
        "--report",
        join(dir, "汇总报告.docx"),
        "--name",
        "某区总工会",
      ]);
      expect(run.code, run.stderr).toBe(0);
      const files = unzipSync(new Uint8Array(await readFile(join(dir, "汇总报告.docx"))));
      const xml = strFromU8(files["word/document.xml"] ?? new Uint8Array());
      expect(xml).toContain('w:val="union-ledger:opening"');
      // The title is broken after the union's name (two runs, a line break between them).
      const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join("");
      expect(text).toContain("某区总工会2024年基层工会台账汇总分析");
      expect(xml).toContain("共收到");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
