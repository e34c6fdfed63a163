import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { analyzeBytes } from "../../src/analysis/analyze.js";
import { LEDGER_SHEETS } from "../../src/layout/template-layout.js";
import { selectProfile } from "../../src/profiles/select.js";
import { workbookBytes } from "../../src/template/generate.js";
import { upgradeWorkbook } from "../../src/upgrade/upgrade.js";
import { loadWorkbookSource } from "../../src/workbook/load.js";
import { readLedger } from "../../src/workbook/read-ledger.js";
import { exampleWorkbook } from "../../tools/sample/bundled.js";
import { runMain } from "../fixtures-hand/cli.js";

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};

/** Every non-empty data cell of each ledger as "row-order header = stored value", formulas aside. */
function cellsByHeader(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const spec of LEDGER_SHEETS) {
    const ws = wb.getWorksheet(spec.name);
    if (!ws) continue;
    const headerRow = 2; // the template's title row, then headers (both workbooks)
    const headers = new Map<number, string>();
    ws.getRow(headerRow).eachCell((c, col) => headers.set(col, String(c.value)));
    const formulaHeaders = new Set<string>(spec.columns.filter((c) => c.kind === "formula").map((c) => c.header));
    let k = 0;
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      const cells: string[] = [];
      ws.findRow(r)?.eachCell((c, col) => {
        const h = headers.get(col);
        if (!h || formulaHeaders.has(h) || c.value === null || (typeof c.value === "object" && "formula" in c.value))
          return;
        cells.push(`${h}=${JSON.stringify(c.value)}`);
      });
      if (cells.length === 0) continue;
      out.push(...cells.sort().map((c) => `${spec.name}#${k}:${c}`));
      k++;
    }
  }
  return out.sort();
}

describe("union-ledger upgrade", () => {
  it("moves a filled, rearranged workbook onto the template without losing a value", async () => {
    const { wb } = await exampleWorkbook();
    // A clerk unprotected the sheets, swapped two columns and added one of their own.
    const act = wb.getWorksheet("活动台账");
    const cond = wb.getWorksheet("慰问金台账");
    if (!act || !cond) throw new Error("sheets");
    for (let r = 2; r <= act.rowCount; r++) {
      const a = act.getCell(r, 6),
        b = act.getCell(r, 7);
      const [va, vb] = [a.value, b.value];
      a.value = vb;
      b.value = va;
    }
    cond.getCell(2, 12).value = "联系电话";
    for (let r = 3; r <= 12; r++) cond.getCell(r, 12).value = `1380000${String(r).padStart(4, "0")}`;

    const oldBytes = await workbookBytes(wb);
    const loaded = loadWorkbookSource(oldBytes);
    if (!loaded.ok) throw new Error(loaded.error.code);
    const old = loaded.value;
    const read = readLedger(old);
    if (!read.ok) throw new Error(read.error.code);
    const profile = selectProfile(read.value.ledger, read.value.sink);
    const result = await upgradeWorkbook(old, read.value.ledger, profile, {
      generatedAt: "2025-01-01T00:00:00.000Z",
      generator: "test",
    });
    expect(result.extraColumns).toEqual(["慰问金台账!联系电话"]);
    const newBytes = await workbookBytes(result.workbook);

    const before = cellsByHeader(await load(oldBytes));
    const after = cellsByHeader(await load(newBytes));
    expect(before.length).toBeGreaterThan(3000);
    expect(after).toEqual(before);

    const a1 = await analyzeBytes(oldBytes);
    const a2 = await analyzeBytes(newBytes);
    if (!a1.ok || !a2.ok) throw new Error("analysis");
    expect(a2.value.totals).toEqual(a1.value.totals);
    const key = (f: { code: string; sheet: string; row?: number }): string => `${f.code} ${f.sheet} ${f.row ?? ""}`;
    // The old workbook's moved columns are reported (layout_altered); the upgraded one is standard.
    expect(a1.value.findings.filter((f) => f.code === "layout_altered").map(key)).toEqual([
      "layout_altered 活动台账 2",
    ]);
    expect(a2.value.findings.map(key).sort()).toEqual(
      a1.value.findings
        .filter((f) => f.code !== "layout_altered")
        .map(key)
        .sort(),
    );
  });
});

describe("union-ledger upgrade (CLI)", () => {
  it("refuses to write over its input and writes a new file otherwise", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { mkdtemp, rm, copyFile, readFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const run = promisify(execFile);
    const dir = await mkdtemp(join(tmpdir(), "ul-up-"));
    try {
      const input = join(dir, "旧 台账.xlsx");
      await copyFile("templates/example-2024.xlsx", input);
      const original = await readFile(input);
      const same = await run(process.execPath, ["bin/union-ledger.js", "upgrade", input, "-o", input]).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect("code" in same ? same.code : 0).toBe(2);
      // The refusal is the built CLI's exit status; the upgrade itself runs main() in process.
      const out = join(dir, "新.xlsx");
      const upgraded = await runMain(["upgrade", input, "-o", out]);
      expect(upgraded.code, upgraded.stderr).toBe(0);
      expect(await readFile(input)).toEqual(original);
      const a = await analyzeBytes(new Uint8Array(await readFile(out)));
      expect(a.ok && a.value.totals.activities.count).toBe(80);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
