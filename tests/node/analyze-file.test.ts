import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeBytes, type AnalysisStage } from "../../src/index.js";
import { analyzeFile, NODE_ZIP } from "../../src/node/index.js";

const EXAMPLE = fileURLToPath(new URL("../../templates/example-2024.xlsx", import.meta.url));

describe("analyzeFile (union-ledger/node)", () => {
  it("reads, unpacks with zlib and analyses a workbook file as analyzeBytes does, telling each stage", async () => {
    const stages: AnalysisStage[] = [];
    const r = await analyzeFile(EXAMPLE, { onStage: (s) => stages.push(s) });
    if (!r.ok) throw new Error(r.error.code);
    const bytes = await readFile(EXAMPLE);
    const direct = await analyzeBytes(new Uint8Array(bytes), NODE_ZIP);
    if (!direct.ok) throw new Error(direct.error.code);
    expect(stages).toEqual(["read", "open", "check"]);
    expect(r.value.fileName).toBe("example-2024.xlsx");
    expect(r.value.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(r.value.analysis.totals).toEqual(direct.value.totals);
    expect(r.value.analysis.tally).toEqual(direct.value.tally);
  });

  it("returns a file error for a file it cannot read, and an input error for one that is not a workbook", async () => {
    const missing = await analyzeFile("no-such.xlsx");
    expect(missing.ok ? undefined : missing.error.code).toBe("file_not_found");
    const notXlsx = await analyzeFile(fileURLToPath(new URL("../../package.json", import.meta.url)));
    expect(notXlsx.ok ? undefined : notXlsx.error.code).toBe("not_xlsx");
  });
});
