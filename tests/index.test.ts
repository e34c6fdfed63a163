import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  analyzeBytes,
  analyzeSource,
  buildReport,
  DEFAULT_PROFILE_ID,
  findProfile,
  generateTemplate,
  reportSource,
  writeReportDocx,
  writeReportFragments,
  type AnalysisStage,
} from "../src/index.js";
import { NODE_ZIP } from "../src/node/index.js";
import { loadWorkbookSource } from "../src/workbook/load.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../templates/example-2024.xlsx", import.meta.url));

/** Every module a file imports for its values (type-only imports and `import()` left out), followed through src/. */
function staticImports(file: string, seen = new Set<string>(), bare = new Set<string>()): Set<string> {
  if (seen.has(file)) return bare;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+"([^"]+)"|^import\s+"([^"]+)"/gms)) {
    const spec = m[1] ?? m[2] ?? "";
    if (spec.startsWith(".")) staticImports(resolve(dirname(file), spec.replace(/\.js$/, ".ts")), seen, bare);
    else bare.add(spec);
  }
  return bare;
}

describe("the entry (union-ledger)", () => {
  it("loads nothing heavy and nothing of Node when imported: those wait for the call that needs them", () => {
    const bare = [...staticImports(join(SRC, "index.ts"))];
    expect(bare.filter((s) => /^(node:|docx|exceljs|echarts|zrender|@resvg\/)/.test(s))).toEqual([]);
  });

  it("analyses a workbook source as it analyses bytes, telling the stage", async () => {
    const bytes = new Uint8Array(await readFile(EXAMPLE));
    const source = loadWorkbookSource(bytes, NODE_ZIP);
    if (!source.ok) throw new Error(source.error.code);
    const stages: AnalysisStage[] = [];
    const [fromSource, fromBytes] = await Promise.all([
      analyzeSource(source.value, { onStage: (s) => stages.push(s) }),
      analyzeBytes(bytes, NODE_ZIP),
    ]);
    if (!fromSource.ok || !fromBytes.ok) throw new Error("not analysed");
    expect(stages).toEqual(["check"]);
    expect(fromSource.value.totals).toEqual(fromBytes.value.totals);
  });

  it("writes the report with native charts and a WebCrypto hash when given neither; fragments carry the same link", async () => {
    const bytes = new Uint8Array(await readFile(EXAMPLE));
    const a = await analyzeBytes(bytes, NODE_ZIP);
    if (!a.ok) throw new Error(a.error.code);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const report = await buildReport(a.value, {
      source: reportSource(
        { fileName: "example-2024.xlsx", sha256, analysis: a.value },
        new Date("2025-01-10T00:00:00Z"),
      ),
    });
    const { docx, link } = await writeReportDocx(report);
    expect(Buffer.from(docx).includes("word/charts/chart1.xml")).toBe(true);
    expect(link).toMatchObject({
      sourceFile: "example-2024.xlsx",
      sourceSha256: sha256,
      generatedAt: "2025-01-10T00:00:00.000Z",
    });
    const nodeSha = async (t: string): Promise<string> => createHash("sha256").update(t).digest("hex");
    expect(link.hashes).toEqual((await writeReportDocx(report, { sha256: nodeSha })).link.hashes);
    const { fragments, link: again } = await writeReportFragments(report);
    expect(again.hashes).toEqual(link.hashes);
    expect(fragments.size).toBeGreaterThan(0);
  });

  it("generates the blank template, which reads back as a ledger", async () => {
    const profile = findProfile(DEFAULT_PROFILE_ID);
    if (!profile) throw new Error("no default profile");
    const bytes = await generateTemplate({
      profile,
      unionName: "测试工会",
      fiscalYear: 2025,
      generatedAt: "2025-01-01T00:00:00.000Z",
    });
    const a = await analyzeBytes(bytes, NODE_ZIP);
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.totals).toMatchObject({ unionName: "测试工会", fiscalYear: 2025 });
    expect(a.value.ledger.template?.version).toBeTruthy();
  });
});
