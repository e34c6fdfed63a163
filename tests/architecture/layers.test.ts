import { readdirSync } from "node:fs";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { CORE_LAYERS, layerConfigs } from "../../eslint/layers.js";

/**
 * The layer rules of eslint/layers.js, run on probe sources: they must refuse what the architecture forbids and
 * accept what it allows (a rule that refuses nothing would pass `npm run lint` just as well).
 */
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser } }, ...layerConfigs],
  cwd: process.cwd(),
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the layers (eslint/layers.js)", () => {
  it("places every folder of src/ in a layer, src/node/ or src/cli/", () => {
    const folders = readdirSync("src", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const placed = new Set<string>([...CORE_LAYERS, "node", "cli"]);
    expect(folders.filter((f) => !placed.has(f))).toEqual([]);
  });

  it("refuses an import from a higher layer and accepts one from a lower", async () => {
    expect(await problems("src/dates/probe.ts", 'import { runRules } from "../rules/index.js";\n')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/dates\/ is below/),
    ]);
    expect(await problems("src/totals/probe.ts", 'import { x } from "../rules/index.js";\n')).toHaveLength(1);
    expect(
      await problems(
        "src/rules/probe.ts",
        'import { computeTotals } from "../totals/compute.js";\nimport { fen } from "../../src/money/fen.js";\n',
      ),
    ).toEqual([]);
  });

  it("keeps Node, resvg, React, Fluent and the entry points out of the core", async () => {
    for (const spec of [
      "node:fs",
      "@resvg/resvg-js",
      "react",
      "react-dom/client",
      "@fluentui/react-components",
      "../node/cjk-font.js",
      "../cli/main.js",
      "../analyze.js",
    ]) {
      expect(await problems("src/narrative/probe.ts", `import "${spec}";\n`), spec).toHaveLength(1);
    }
    expect(
      await problems("src/node/probe.ts", 'import { readFileSync } from "node:fs";\nimport "../narrative/build.js";\n'),
    ).toEqual([]);
    expect(await problems("src/node/probe.ts", 'import "../cli/main.js";\n')).toHaveLength(1);
  });

  it("lets only the workbook writers import exceljs", async () => {
    expect(await problems("src/rules/probe.ts", 'import ExcelJS from "exceljs";\n')).toHaveLength(1);
    expect(await problems("src/workbook/xlsx/probe.ts", 'import type { Cell } from "exceljs";\n')).toHaveLength(1);
    expect(await problems("src/template/probe.ts", 'import ExcelJS from "exceljs";\n')).toEqual([]);
    expect(await problems("src/rollup/write-workbook.ts", 'import ExcelJS from "exceljs";\n')).toEqual([]);
    // The writers stay in their layer: the template may not reach up to the rules.
    expect(await problems("src/template/probe.ts", 'import "../rules/index.js";\n')).toHaveLength(1);
  });

  it("lets the add-in reach the core through its entry only, and never Node", async () => {
    expect(await problems("addin/browser/probe.ts", 'import { textOf } from "../../src/report/model.js";\n')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*"union-ledger"/),
    ]);
    expect(
      await problems(
        "addin/ui/views/word/probe.tsx",
        'import type { Finding } from "../../../../src/findings/finding.js";\n',
      ),
    ).toHaveLength(1);
    expect(await problems("addin/browser/probe.ts", 'import { readFile } from "node:fs/promises";\n')).toHaveLength(1);
    expect(
      await problems(
        "addin/browser/probe.ts",
        'import { analyzeBytes } from "union-ledger";\nimport { fromBase64 } from "./base64.js";\n',
      ),
    ).toEqual([]);
  });

  it("keeps Office.js globals in the host adapters and the pages' entries", async () => {
    expect(await problems("addin/ui/views/probe.ts", "export const c = Office.context;\n")).toHaveLength(1);
    expect(await problems("addin/browser/probe.ts", "export const run = Excel.run;\n")).toHaveLength(1);
    expect(await problems("addin/host/excel/probe.ts", "export const run = Excel.run;\n")).toEqual([]);
    expect(await problems("addin/taskpane/main.tsx", "export const c = Office.onReady;\n")).toEqual([]);
  });
});
